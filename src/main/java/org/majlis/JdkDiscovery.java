package org.majlis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The JDKs installed where installers and package managers put them, read from each JDK's {@code release} file
 * (which names its {@code JAVA_VERSION}); nothing is started.
 */
final class JdkDiscovery {

	/** The Java the application needs. */
	static final int REQUIRED = 21;

	/** Folders that hold one JDK per subfolder. */
	static final List<String> PLACES = List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt", "~/.sdkman/candidates/java",
			"~/.jdks", "~/.gradle/jdks", "/Library/Java/JavaVirtualMachines", "C:\\Program Files\\Java",
			"C:\\Program Files\\Eclipse Adoptium");

	/** One installed JDK: its folder, its version as its release file gives it, and that version's feature number. */
	record Jdk(Path home, String version, int feature) {

		Path java() {
			return home.resolve("bin").resolve(System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
		}
	}

	private JdkDiscovery() {
	}

	/**
	 * Prints the {@code java} of the newest installed JDK of at least the version given (default {@value #REQUIRED}),
	 * for scripts such as {@code bench/run}; says where it looked and exits with 1 when there is none.
	 */
	public static void main(String[] args) {
		int minimum = args.length > 0 ? Integer.parseInt(args[0]) : REQUIRED;
		List<Jdk> found = installed(minimum);
		if (found.isEmpty()) {
			System.err.println("No Java " + minimum + "+ found (looked in JAVA_HOME, " + String.join(", ", PLACES) + ")");
			System.exit(1);
		}
		System.out.println(found.get(0).java());
	}

	/** The installed JDKs of at least the given feature version, newest first. */
	static List<Jdk> installed(int minimum) {
		return all().stream().filter(jdk -> jdk.feature() >= minimum).toList();
	}

	/** Every JDK found, newest first. */
	static List<Jdk> all() {
		Set<Path> homes = new LinkedHashSet<>();
		String javaHome = System.getenv("JAVA_HOME");
		if (javaHome != null && !javaHome.isBlank()) {
			homes.add(Path.of(javaHome));
		}
		for (String place : PLACES) {
			Path folder = Path.of(place.replace("~", System.getProperty("user.home", "~")));
			homes.addAll(subfolders(folder));
		}
		List<Jdk> found = new ArrayList<>();
		for (Path home : homes) {
			Jdk jdk = read(Files.isDirectory(home.resolve("Contents/Home")) ? home.resolve("Contents/Home") : home);
			if (jdk != null && Files.isRegularFile(jdk.java())
					&& found.stream().noneMatch(known -> known.home().equals(jdk.home()))) {
				found.add(jdk);
			}
		}
		found.sort(Comparator.comparingInt(Jdk::feature).reversed());
		return found;
	}

	/** The JDK in a folder, or null when its release file is missing or names no version. */
	static Jdk read(Path home) {
		Path release = home.resolve("release");
		if (!Files.isRegularFile(release)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(release)) {
			properties.load(in);
		}
		catch (IOException | IllegalArgumentException unreadable) {
			return null;
		}
		String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").strip();
		int feature = feature(version);
		return feature > 0 ? new Jdk(real(home), version, feature) : null;
	}

	/** 21 of "21.0.5", 8 of "1.8.0_412"; 0 when it cannot be read. */
	static int feature(String version) {
		String[] parts = version.split("[._+-]");
		try {
			int first = Integer.parseInt(parts[0]);
			return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The folder with links resolved, so that a JDK reached by two names is listed once. */
	private static Path real(Path home) {
		try {
			return home.toRealPath();
		}
		catch (IOException ex) {
			return home.toAbsolutePath().normalize();
		}
	}

	private static List<Path> subfolders(Path folder) {
		List<Path> result = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return result;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				if (Files.isDirectory(entry)) {
					result.add(entry);
				}
			}
		}
		catch (IOException | SecurityException unreadable) {
			// a folder we may not list has nothing to offer
		}
		return result;
	}
}
