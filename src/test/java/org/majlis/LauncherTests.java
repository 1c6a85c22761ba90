package org.majlis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LauncherTests {

	@Test
	void anOldJavaGetsOneLineNamingWhatItNeedsWhatItFoundAndWhereNewerOnesAre() {
		var newer = new JdkDiscovery.Jdk(Path.of("/opt/jdk-25"), "25.0.3", 25);
		String line = Launcher.tooOld("17.0.15", Path.of("/usr/lib/jvm/java-17"), List.of(newer), "target/majlis.jar");

		assertThat(line).doesNotContain("\n")
			.startsWith("Majlis needs Java 21 or newer, but was started with Java 17.0.15 (/usr/lib/jvm/java-17)")
			.contains("/opt/jdk-25 (25.0.3)")
			.endsWith("Start it with " + newer.java() + " -jar target/majlis.jar");
	}

	@Test
	void withoutANewerJdkItSaysWhereItLookedAndWhatToInstall() {
		String line = Launcher.tooOld("17.0.15", Path.of("/usr/lib/jvm/java-17"), List.of(), "majlis.jar");

		assertThat(line).doesNotContain("\n").contains("no Java 21+ was found on this machine").contains("/usr/lib/jvm")
			.endsWith("install one, e.g. Eclipse Temurin 21");
	}

	@Test
	void aJdkIsReadFromItsReleaseFile(@TempDir Path folder) throws IOException {
		Path home = Files.createDirectories(folder.resolve("jdk-21"));
		Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"21.0.5\"\n");

		assertThat(JdkDiscovery.read(home)).extracting(JdkDiscovery.Jdk::version, JdkDiscovery.Jdk::feature)
			.containsExactly("21.0.5", 21);
		assertThat(JdkDiscovery.read(folder)).isNull();
		assertThat(JdkDiscovery.feature("1.8.0_412")).isEqualTo(8);
		assertThat(JdkDiscovery.feature("25")).isEqualTo(25);
		assertThat(JdkDiscovery.feature("unknown")).isZero();
	}

	@Test
	void onJava17TheStartClassPrintsTheLineAndExitsWithOne() throws Exception {
		var old = JdkDiscovery.all().stream().filter(jdk -> jdk.feature() < Launcher.REQUIRED).findFirst();
		assumeTrue(old.isPresent(), "no JDK older than 21 installed here");
		Path classes = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());

		Process process = new ProcessBuilder(old.get().java().toString(), "-cp", classes.toString(), Launcher.class.getName())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).isEqualTo(1);
		assertThat(stderr.strip().lines()).singleElement().asString()
			.startsWith("Majlis needs Java 21 or newer, but was started with Java " + old.get().version())
			.doesNotContain("Exception");
	}
}
