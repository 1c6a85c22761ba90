package org.majlis;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;

/**
 * The jar's start class. On Java older than {@value #REQUIRED} it prints one line (what it needs, what it found,
 * the newer JDKs installed here) and exits with 1, where the JVM would otherwise throw
 * {@code UnsupportedClassVersionError}; on a newer Java it hands over to {@code org.majlis.MajlisApplication}, in a
 * JVM started with the build's ahead-of-time cache when there is one ({@link CachedStart}).
 * This class and the start classes it uses ({@link JdkDiscovery}, {@link CachedStart}) are compiled for Java 17 (see the
 * pom), depend on each other in one direction ({@code StartClassesTests}), and the application
 * is loaded by name, so nothing newer is loaded before the check.
 */
public final class Launcher {

	static final int REQUIRED = JdkDiscovery.REQUIRED;
	private static final String APPLICATION = "org.majlis.MajlisApplication";

	private Launcher() {
	}

	public static void main(String[] args) throws Throwable {
		int running = Runtime.version().feature();
		if (running < REQUIRED) {
			System.err.println(tooOld(System.getProperty("java.version"), Path.of(System.getProperty("java.home")),
					JdkDiscovery.installed(REQUIRED), jarCommand()));
			System.exit(1);
		}
		CachedStart.runExtractedIfBeside(args);
		CachedStart.stopWithParent();
		MethodHandle main = MethodHandles.publicLookup().findStatic(Class.forName(APPLICATION, true, Launcher.class.getClassLoader()),
				"main", MethodType.methodType(void.class, String[].class));
		main.invokeExact(args);
	}

	/** The one line for a Java that is too old, naming the JDKs that would do, and how to start with one. */
	static String tooOld(String version, Path javaHome, List<JdkDiscovery.Jdk> newer, String jar) {
		StringBuilder line = new StringBuilder("Majlis needs Java ").append(REQUIRED).append(" or newer, but was started with Java ")
			.append(version).append(" (").append(javaHome).append(")");
		if (newer.isEmpty()) {
			line.append("; no Java ").append(REQUIRED).append("+ was found on this machine (looked in JAVA_HOME, ")
				.append(String.join(", ", JdkDiscovery.PLACES)).append("): install one, e.g. Eclipse Temurin ").append(REQUIRED);
		}
		else {
			line.append("; Java ").append(REQUIRED).append("+ on this machine: ");
			for (int i = 0; i < newer.size(); i++) {
				line.append(i == 0 ? "" : ", ").append(newer.get(i).home()).append(" (").append(newer.get(i).version()).append(")");
			}
			line.append(". Start it with ").append(newer.get(0).java()).append(" -jar ").append(jar);
		}
		return line.toString();
	}

	/** The jar as the user named it ({@code sun.java.command} starts with it under {@code java -jar}). */
	private static String jarCommand() {
		String command = System.getProperty("sun.java.command", "");
		String first = command.isBlank() ? "" : command.split(" ")[0];
		return first.endsWith(".jar") ? first : "majlis.jar";
	}
}
