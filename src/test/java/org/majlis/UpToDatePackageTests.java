package org.majlis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** When {@code spring-boot:run}, which starts from the classes folder, runs the last package's extracted jar instead. */
class UpToDatePackageTests {

	private static final Instant COMPILED = Instant.parse("2026-12-02T10:00:00Z");
	private static final Instant PACKAGED = COMPILED.plusSeconds(60);

	@TempDir
	Path target;
	private Path classes;
	private Path jar;
	private Path cache;
	private List<Path> classPath;

	@BeforeEach
	void aPackageOfTheseClasses() throws IOException {
		classes = Files.createDirectories(target.resolve("classes"));
		Path lib = Files.createDirectories(target.resolve("majlis").resolve("lib"));
		Path repository = Files.createDirectories(target.resolve("repository"));
		classPath = List.of(classes, touch(repository.resolve("spring-core-7.0.10.jar"), COMPILED),
				touch(repository.resolve("neo4j-kernel-2026.08.1.jar"), COMPILED));
		for (String library : List.of("spring-core-7.0.10.jar", "neo4j-kernel-2026.08.1.jar", "spring-boot-jarmode-tools-4.1.2.jar")) {
			touch(lib.resolve(library), PACKAGED);
		}
		touch(Files.createDirectories(classes.resolve("org/majlis")).resolve("MajlisApplication.class"), COMPILED);
		Files.setLastModifiedTime(classes.resolve("org/majlis"), FileTime.from(COMPILED));
		Files.setLastModifiedTime(classes.resolve("org"), FileTime.from(COMPILED));
		Files.setLastModifiedTime(classes, FileTime.from(COMPILED));
		jar = touch(target.resolve("majlis").resolve("majlis.jar"), PACKAGED);
		cache = touch(target.resolve("majlis").resolve("majlis.aot"), PACKAGED.plusSeconds(30));
	}

	@Test
	void shouldRunThePackageWithItsCacheWhenNothingChangedSinceIt() {
		assertThat(UpToDatePackage.of(classes, classPath)).contains(new ExtractedJar(jar, Optional.of(cache)));
	}

	@Test
	void shouldStayOnTheClassesAfterAClassOrAResourceChanged() throws IOException {
		touch(classes.resolve("org/majlis/MajlisApplication.class"), PACKAGED.plusSeconds(120));
		assertThat(UpToDatePackage.of(classes, classPath)).isEmpty();
	}

	@Test
	void shouldStayOnTheClassesAfterAClassWasDeleted() throws IOException {
		Files.delete(classes.resolve("org/majlis/MajlisApplication.class"));
		Files.setLastModifiedTime(classes.resolve("org/majlis"), FileTime.from(PACKAGED.plusSeconds(120)));
		assertThat(UpToDatePackage.of(classes, classPath)).isEmpty();
	}

	@Test
	void shouldStayOnTheClassesWithADependencyThePackageLacksOrASecondFolder() throws IOException {
		Path added = touch(target.resolve("repository").resolve("jsoup-1.21.1.jar"), COMPILED);
		assertThat(UpToDatePackage.of(classes, List.of(classPath.get(0), classPath.get(1), added))).isEmpty();
		Path folder = Files.createDirectories(target.resolve("test-classes"));
		assertThat(UpToDatePackage.of(classes, List.of(classPath.get(0), classPath.get(1), folder))).isEmpty();
	}

	@Test
	void shouldStayOnTheClassesWithoutACacheOrWithOneOlderThanThePackage() throws IOException {
		Files.setLastModifiedTime(cache, FileTime.from(COMPILED));
		assertThat(UpToDatePackage.of(classes, classPath)).isEmpty();
		Files.delete(cache);
		assertThat(UpToDatePackage.of(classes, classPath)).isEmpty();
		Files.delete(jar);
		assertThat(UpToDatePackage.of(classes, classPath)).isEmpty();
	}

	private static Path touch(Path path, Instant time) throws IOException {
		Files.write(path, new byte[] { 1 });
		Files.setLastModifiedTime(path, FileTime.from(time));
		return path;
	}
}
