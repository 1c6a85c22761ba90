package org.majlis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.majlis.store.BuildStamp;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@code java -jar majlis.jar} runs the extracted jar with its cache, and the command it runs it with. */
class CachedStartTests {

	@TempDir
	Path target;

	@Test
	void theExtractedJarOfTheSameBuildIsFoundBesideTheFatJarWithItsCache() throws IOException {
		Path fat = jar(target.resolve("majlis.jar"), "2026-12-01T10:00:00Z");
		Path extracted = jar(target.resolve("majlis/majlis.jar"), "2026-12-01T10:00:00Z");
		Path cache = touch(target.resolve("majlis/majlis.aot"), Instant.now().plusSeconds(5));

		assertThat(ExtractedJar.beside(fat)).contains(new ExtractedJar(extracted, Optional.of(cache)));
	}

	@Test
	void anExtractedJarOfAnotherBuildOrNoneAtAllMeansStartingHere() throws IOException {
		Path fat = jar(target.resolve("majlis.jar"), "2026-12-01T10:00:00Z");
		assertThat(ExtractedJar.beside(fat)).isEmpty();

		jar(target.resolve("majlis/majlis.jar"), "2026-11-30T09:00:00Z");
		assertThat(ExtractedJar.beside(fat)).isEmpty();

		jar(target.resolve("majlis/majlis.jar"), null);
		assertThat(ExtractedJar.beside(jar(fat, null))).as("jars without a build stamp are never taken for the same build").isEmpty();
	}

	@Test
	void aCacheOlderThanTheExtractedJarBelongsToAnEarlierBuildAndIsLeftOut() throws IOException {
		Path fat = jar(target.resolve("majlis.jar"), "2026-12-01T10:00:00Z");
		Path extracted = jar(target.resolve("majlis/majlis.jar"), "2026-12-01T10:00:00Z");
		touch(target.resolve("majlis/majlis.aot"), Instant.now().minusSeconds(3600));

		assertThat(ExtractedJar.beside(fat)).contains(new ExtractedJar(extracted, Optional.empty()));
	}

	@Test
	void theChildRunsTheSameJavaWithTheSameOptionsAndArgumentsPlusTheCacheAndTheParentsPid() {
		var extracted = new ExtractedJar(Path.of("target/majlis/majlis.jar"), Optional.of(Path.of("target/majlis/majlis.aot")));

		List<String> command = CachedStart.command(Path.of("/jdk/bin/java"), List.of("-Xmx1g", "-Dspring.profiles.active=x"), extracted, 25,
				4242, new String[] { "--server.port=9000", "extract", "a.txt" });

		assertThat(command).as("the cache's warnings are off unless the user's own -Xlog turns them on").containsExactly("/jdk/bin/java",
				"-Xlog:aot*=error", "--sun-misc-unsafe-memory-access=allow", "-Xmx1g", "-Dspring.profiles.active=x", "-XX:AOTCache=target/majlis/majlis.aot",
				"-Dmajlis.launcher.parent=4242", "-jar", "target/majlis/majlis.jar", "--server.port=9000", "extract", "a.txt");
		assertThat(CachedStart.command(Path.of("java"), List.of(), extracted, 21, 1, new String[0]))
			.as("Java 21 has no ahead-of-time cache: the extracted jar alone").doesNotContain("-XX:AOTCache=target/majlis/majlis.aot", "-Xlog:aot*=error")
			.as("nor the option of JDK 23").doesNotContain("--sun-misc-unsafe-memory-access=allow")
			.contains("-jar", "target/majlis/majlis.jar");
	}

	@Test
	void agentsACacheOfTheirOwnOrTheSwitchKeepTheStartInThisJvm() {
		assertThat(CachedStart.staysHere(List.of("-Xmx512m", "-Dfile.encoding=UTF-8"))).isFalse();
		assertThat(CachedStart.staysHere(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"))).isTrue();
		assertThat(CachedStart.staysHere(List.of("-javaagent:/opt/otel.jar"))).isTrue();
		assertThat(CachedStart.staysHere(List.of("-XX:AOTCache=other.aot"))).isTrue();
		assertThat(CachedStart.staysHere(List.of("-XX:SharedArchiveFile=app.jsa"))).isTrue();
		assertThat(CachedStart.staysHere(List.of("-Dmajlis.fast-start=false"))).isTrue();
		assertThat(CachedStart.staysHere(List.of("-Dmajlis.fast-start=true"))).isFalse();
	}

	@Test
	void theChildDoesNotReadTheOptionVariablesASecondTime() {
		Map<String, String> environment = new HashMap<>(Map.of("JDK_JAVA_OPTIONS", "-Xmx1g", "JAVA_TOOL_OPTIONS", "-Dx=1",
				"_JAVA_OPTIONS", "-Dy=2", "MAJLIS_TOKEN", "t", "PATH", "/usr/bin"));

		CachedStart.withoutOptionVariables(environment);

		assertThat(environment).containsOnlyKeys("MAJLIS_TOKEN", "PATH");
	}

	private static Path jar(Path path, String build) throws IOException {
		Files.createDirectories(path.getParent());
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (build != null) {
			manifest.getMainAttributes().putValue(BuildStamp.ATTRIBUTE, build);
		}
		try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
			jar.flush();
		}
		Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
		return path;
	}

	private static Path touch(Path path, Instant time) throws IOException {
		Files.write(path, new byte[] { 1 });
		Files.setLastModifiedTime(path, FileTime.from(time));
		return path;
	}
}
