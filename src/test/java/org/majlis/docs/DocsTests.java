package org.majlis.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and docs/ name only what exists: every relative link (and its anchor), every file path and class in
 * inline code, every test class, every Maven profile and test of a {@code ./mvnw} command. The commands of the jar
 * are checked against its command line by {@code org.majlis.cli.DocumentedCommandsTests}.
 */
class DocsTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();
	private static final Pattern CLASS_NAME = Pattern.compile("org\\.majlis(\\.[A-Za-z_]\\w*)+");
	private static final Pattern TEST_NAME = Pattern.compile("[A-Z]\\w*(Tests|IT)");
	private static final Pattern MIGRATION = Pattern.compile("cypher/migrations/V(\\d{3})__\\w+\\.cypher");
	private static final List<String> SOURCE_ROOTS = List.of("src/main/java", "src/test/java", "src/bench/java");

	private final List<Docs.Page> pages = Docs.pages();

	@Test
	void shouldKeepTheReadmeOnAScreen() {
		Docs.Page readme = Docs.read(Path.of("README.md"));
		assertThat(readme.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(120));
		assertThat(readme.lines()).hasSizeLessThan(60);
	}

	@Test
	void shouldLinkOnlyToFilesAndHeadingsThatExist() {
		List<String> broken = new ArrayList<>();
		for (Docs.Page page : pages) {
			for (Docs.Found link : page.links()) {
				String target = link.text();
				if (target.matches("^[a-z]+:.*")) {
					continue; // http:, https:, mailto:
				}
				int hash = target.indexOf('#');
				String file = hash < 0 ? target : target.substring(0, hash);
				String anchor = hash < 0 ? null : target.substring(hash + 1);
				Path resolved = file.isEmpty() ? page.file() : page.file().toAbsolutePath().getParent().resolve(file).normalize();
				if (!resolved.startsWith(ROOT)) {
					continue; // ../shared, beside the project: not the project's to check
				}
				if (!Files.exists(resolved)) {
					broken.add(where(page, link) + " links to a missing file: " + target);
				}
				else if (anchor != null && !Docs.read(resolved).anchors().contains(anchor)) {
					broken.add(where(page, link) + " links to a missing heading: " + target);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void shouldNameOnlyFilesThatExist() throws IOException {
		Set<String> topLevel;
		try (Stream<Path> entries = Files.list(ROOT)) {
			topLevel = entries.map(entry -> entry.getFileName().toString())
				.filter(name -> !name.equals("target") && !name.equals("data"))
				.collect(Collectors.toSet());
		}
		int nextMigration = nextMigration();
		List<String> missing = new ArrayList<>();
		for (Docs.Page page : pages) {
			for (Docs.Found span : page.codeSpans()) {
				for (String word : span.text().split("\\s+")) {
					String path = word.replaceAll("^[(\"']+|[),.;:\"']+$", "");
					if (!isProjectPath(path, topLevel) || Files.exists(ROOT.resolve(path))) {
						continue;
					}
					Matcher migration = MIGRATION.matcher(path);
					if (migration.matches() && Integer.parseInt(migration.group(1)) == nextMigration) {
						continue; // the next migration, named as the one to add
					}
					missing.add(where(page, span) + " names a missing file: " + path);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldNameOnlyClassesAndTestsThatExist() throws IOException {
		Set<String> tests;
		try (Stream<Path> files = Stream.of("src/test/java", "src/bench/java").flatMap(DocsTests::walk)) {
			tests = files.map(file -> file.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
		}
		List<String> missing = new ArrayList<>();
		for (Docs.Page page : pages) {
			for (Docs.Found span : page.codeSpans()) {
				String name = span.text().strip();
				if (CLASS_NAME.matcher(name).matches() && !classOrPackageExists(name)) {
					missing.add(where(page, span) + " names a missing class or package: " + name);
				}
			}
			for (Docs.Line line : page.prose()) {
				Matcher test = Pattern.compile("`(" + TEST_NAME.pattern() + ")`").matcher(line.text());
				while (test.find()) {
					if (!tests.contains(test.group(1))) {
						missing.add(page.name() + ":" + line.number() + " names a missing test: " + test.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldRunOnlyMavenProfilesAndTestsThatExist() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
		Set<String> profiles = Pattern.compile("<profile>\\s*<id>([^<]+)</id>").matcher(pom).results()
			.map(m -> m.group(1)).collect(Collectors.toSet());
		List<String> wrong = new ArrayList<>();
		for (Docs.Page page : pages) {
			for (Docs.Found command : page.commands()) {
				for (String part : command.text().split("&&|;|\\|")) {
					List<String> words = Docs.words(part);
					int mvnw = words.indexOf("./mvnw");
					if (mvnw < 0) {
						continue;
					}
					for (String word : words.subList(mvnw + 1, words.size())) {
						if (word.startsWith("-P") && !profiles.contains(word.substring(2))) {
							wrong.add(where(page, command) + " names a missing Maven profile: " + word);
						}
						if (word.startsWith("-Dtest=") && !testExists(word.substring("-Dtest=".length()))) {
							wrong.add(where(page, command) + " names a missing test: " + word);
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static boolean isProjectPath(String word, Set<String> topLevel) {
		if (word.isEmpty() || word.matches(".*[<>…*{}|$\\[\\]=].*") || word.startsWith("/") || word.startsWith("..")) {
			return false;
		}
		String first = word.contains("/") ? word.substring(0, word.indexOf('/')) : word;
		return topLevel.contains(first) && (word.contains("/") || word.contains("."));
	}

	private static int nextMigration() throws IOException {
		try (Stream<Path> files = Files.list(ROOT.resolve("cypher/migrations"))) {
			return files.map(file -> MIGRATION.matcher("cypher/migrations/" + file.getFileName()))
				.filter(Matcher::matches)
				.mapToInt(m -> Integer.parseInt(m.group(1)))
				.max()
				.orElse(0) + 1;
		}
	}

	private static boolean classOrPackageExists(String name) {
		String path = name.replace('.', '/');
		return SOURCE_ROOTS.stream()
			.anyMatch(root -> Files.isDirectory(ROOT.resolve(root).resolve(path)) || Files.exists(ROOT.resolve(root).resolve(path + ".java")));
	}

	private static boolean testExists(String simpleName) {
		try (Stream<Path> files = walk("src/test/java")) {
			return files.anyMatch(file -> file.getFileName().toString().equals(simpleName + ".java"));
		}
	}

	private static Stream<Path> walk(String folder) {
		try {
			return Files.walk(ROOT.resolve(folder)).filter(file -> file.toString().endsWith(".java"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String where(Docs.Page page, Docs.Found found) {
		return page.name() + ":" + found.line();
	}
}
