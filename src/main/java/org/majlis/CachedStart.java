package org.majlis;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code java -jar target/majlis.jar} started at the speed of the extracted jar and its ahead-of-time cache. The JVM's
 * cache holds only classes of plain jars on the class path, never those that Spring Boot's loader reads from inside
 * the fat jar, so when the fat jar sits where the build left it, beside {@code majlis/} (the same build, extracted)
 * and {@code majlis/majlis.aot}, the start class runs that form in a child JVM with the same Java, the same JVM
 * options and arguments, the same working folder and the same terminal, and this JVM only waits for it: it passes on
 * a stop (SIGTERM, Ctrl-C) and its exit code, and the child stops by itself when this JVM is killed. A start from the
 * classes folder ({@code ./mvnw spring-boot:run}) runs the last package's extracted jar in the same way when that is
 * up to date with the classes and the class path ({@link UpToDatePackage}).
 * <p>
 * It starts in this JVM instead when the extracted jar is missing or of another build, when the JVM options load an
 * agent (a debugger, a profiler: they are this JVM's), name a cache of their own, or say
 * {@code -Dmajlis.fast-start=false}. Compiled for Java 17 with the start class, and used only on 21+.
 */
final class CachedStart {

	/** On the child: the pid of the launching JVM, which it watches. */
	static final String PARENT = "majlis.launcher.parent";
	static final String SWITCH = "majlis.fast-start";
	private static final List<String> OWN_JVM_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
			"-XX:AOTCache", "-XX:AOTCacheOutput", "-XX:AOTMode", "-XX:AOTConfiguration", "-XX:SharedArchiveFile",
			"-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-D" + SWITCH + "=false");
	/** The environment variables the JVM (or its launcher) reads options from; the JVM lists those among its input arguments. */
	private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
	private static final long STOP_WAIT_SECONDS = 60;
	private static final String QUIET_CACHE = "-Xlog:aot*=error";
	private static final String UNSAFE_ALLOWED = "--sun-misc-unsafe-memory-access=allow";

	private CachedStart() {
	}

	/** The child JVM's command line: this Java, these options (with the cache and the parent's pid), the extracted jar. */
	static List<String> command(Path java, List<String> jvmOptions, ExtractedJar extracted, int feature, long parent, String[] args) {
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		// the JVM's ahead-of-time cache came with JDK 24; the build's is recorded by 25 (an older or other JDK ignores it)
		boolean cached = feature >= 24 && extracted.cache().isPresent();
		if (cached) {
			// the cache's warnings (JDK 25 reports adapters it could not link, harmless) only with the user's own -Xlog, which comes later
			command.add(QUIET_CACHE);
		}
		if (feature >= 23) {
			// Neo4j's libraries (JCTools) still use sun.misc.Unsafe's memory access, which JDK 24 warns of; an option of the user's comes later
			command.add(UNSAFE_ALLOWED);
		}
		command.addAll(jvmOptions);
		if (cached) {
			command.add("-XX:AOTCache=" + extracted.cache().get());
		}
		command.add("-D" + PARENT + "=" + parent);
		command.add("-jar");
		command.add(extracted.jar().toString());
		command.addAll(List.of(args));
		return command;
	}

	/**
	 * Leaves out of the child's environment the variables whose options this JVM read: they are among its input
	 * arguments, which the child's command line already carries, and the child would read them a second time.
	 */
	static void withoutOptionVariables(Map<String, String> environment) {
		OPTION_VARIABLES.forEach(environment::remove);
	}

	/** Whether these JVM options are this JVM's own (an agent, a cache, the switch), so that the start stays here. */
	static boolean staysHere(List<String> jvmOptions) {
		return jvmOptions.stream().anyMatch(option -> OWN_JVM_OPTIONS.stream().anyMatch(option::startsWith));
	}

	/**
	 * Runs the extracted form in a child JVM when there is one for this fat jar, and exits with its exit code;
	 * returns when the start is to happen in this JVM.
	 */
	static void runExtractedIfBeside(String[] args) throws InterruptedException {
		List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
		Optional<ExtractedJar> extracted = fatJar().map(ExtractedJar::beside).orElseGet(CachedStart::packageOfTheClasses);
		if (extracted.isEmpty() || staysHere(jvmOptions)) {
			return;
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = command(java, jvmOptions, extracted.get(), Runtime.version().feature(), ProcessHandle.current().pid(), args);
		ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
		withoutOptionVariables(builder.environment());
		Process child;
		try {
			child = builder.start();
		}
		catch (IOException cannot) {
			System.err.println("Majlis: could not start " + extracted.get().jar() + " (" + cannot.getMessage() + "); starting the fat jar");
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "majlis-stop-child"));
		System.exit(child.waitFor());
	}

	/** On the child: stops this JVM (its shutdown hooks run: Spring closes, Neo4j stops) once the launching JVM is gone. */
	static void stopWithParent() {
		String parent = System.getProperty(PARENT);
		if (parent == null) {
			return;
		}
		ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
				handle -> handle.onExit().thenRun(() -> {
					System.err.println("Majlis: the launching process " + parent + " ended; stopping");
					System.exit(143);
				}),
				() -> System.exit(143));
	}

	private static void stop(Process child) {
		if (!child.isAlive()) {
			return;
		}
		child.destroy();
		try {
			if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
				child.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			child.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** The fat jar this JVM runs from ({@code java -jar X.jar}, classes read by Boot's loader), if it does. */
	private static Optional<Path> fatJar() {
		String classPath = System.getProperty("java.class.path", "");
		boolean nested = CachedStart.class.getClassLoader() != ClassLoader.getSystemClassLoader();
		if (!nested || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
			return Optional.empty();
		}
		return Optional.of(Path.of(classPath));
	}

	/** For a start from the classes folder ({@code spring-boot:run}): the last package's extracted jar when it is up to date. */
	private static Optional<ExtractedJar> packageOfTheClasses() {
		List<Path> classPath = Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
			.filter(entry -> !entry.isEmpty())
			.map(Path::of)
			.toList();
		if (classPath.isEmpty() || CachedStart.class.getClassLoader() != ClassLoader.getSystemClassLoader() || !Files.isDirectory(classPath.get(0))) {
			return Optional.empty();
		}
		Path classes = classPath.get(0).toAbsolutePath().normalize();
		return UpToDatePackage.of(classes, classPath.stream().map(entry -> entry.toAbsolutePath().normalize()).toList());
	}
}
