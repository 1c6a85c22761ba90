package org.majlis.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph model is the one list of labels and relationship types: Cypher in main code (Java string literals and
 * text blocks, and the .cypher files of migrations, the demo graph and reports) spells no other.
 */
class GraphModelTests {

	/** {@code (n:Person)}, {@code (:Person|Organization)}, {@code ({m}:Place)}: the labels of a node pattern. */
	private static final Pattern NODE = Pattern.compile("\\(\\s*(?:\\{\\w+\\}|\\w*)\\s*((?::\\s*[A-Z]\\w*\\s*(?:\\|\\s*[A-Z]\\w*\\s*)*)+)");
	/** {@code [:ATTENDED]}, {@code [r:ATTENDED|ORGANIZED]}, {@code [{rel}:HOLDS_POSITION]}: the types of a relationship pattern. */
	private static final Pattern RELATIONSHIP = Pattern.compile("\\[\\s*(?:\\{\\w+\\}|\\w*)\\s*:\\s*([A-Z][A-Z_]*(?:\\s*\\|\\s*:?[A-Z][A-Z_]*)*)");
	private static final Pattern NAME = Pattern.compile("[A-Z]\\w*");
	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	@Test
	void shouldListEveryLabelAndRelationshipTypeThatMainCodeSpells() {
		Set<String> labels = new TreeSet<>();
		Set<String> types = new TreeSet<>();
		List<String> unknown = new ArrayList<>();
		for (Path file : sources()) {
			for (String cypher : cypherOf(file)) {
				names(NODE, cypher).forEach(label -> {
					labels.add(label);
					if (NodeLabel.of(label).isEmpty()) {
						unknown.add(file + ": label " + label);
					}
				});
				names(RELATIONSHIP, cypher).forEach(type -> {
					types.add(type);
					if (!RelType.names().contains(type)) {
						unknown.add(file + ": relationship type " + type);
					}
				});
			}
		}
		assertThat(unknown).isEmpty();
		assertThat(labels).as("the scan finds the model's labels").contains("Person", "Organization", "Curation", "MajlisMigration");
		assertThat(types).as("the scan finds the model's types").containsAll(RelType.names());
	}

	@Test
	void shouldGiveEachLabelItsOwnPrefixAndEachRelationshipLabelsOfTheModel() {
		List<String> prefixes = Stream.of(NodeLabel.values()).map(NodeLabel::prefix).filter(p -> p != null).toList();
		assertThat(prefixes).doesNotHaveDuplicates();
		assertThat(NodeLabel.ofId("org:interpol")).contains(NodeLabel.ORGANIZATION);
		assertThat(NodeLabel.ofId("interpol")).isEmpty();
		assertThat(NodeLabel.PERSON.id("jurgen-stock")).isEqualTo("person:jurgen-stock");
		assertThat(RelType.IN_COUNTRY.from()).containsExactlyInAnyOrder(NodeLabel.PLACE, NodeLabel.ORGANIZATION);
		assertThat(RelType.HOLDS_POSITION.factKey("person:a", "org:b", "k")).isEqualTo("HOLDS_POSITION|person:a|org:b|k");
	}

	@Test
	void shouldNotMistakeOtherTextForCypher() {
		assertThat(names(NODE, "for (String id : ids) { }")).isEmpty();
		assertThat(names(NODE, "MATCH (p:Person)-[r:HOLDS_POSITION|ATTENDED]->(o:Organization|Event)")).containsExactly("Person", "Organization", "Event");
		assertThat(names(RELATIONSHIP, "MATCH ({n})-[{rel}:HOLDS_POSITION|ATTENDED]->()")).containsExactly("HOLDS_POSITION", "ATTENDED");
	}

	private static List<String> names(Pattern pattern, String cypher) {
		List<String> names = new ArrayList<>();
		Matcher m = pattern.matcher(cypher);
		while (m.find()) {
			Matcher name = NAME.matcher(m.group(1));
			while (name.find()) {
				names.add(name.group());
			}
		}
		return names;
	}

	/** The Cypher a file may hold: all of a .cypher file, the string literals and text blocks of a Java file. */
	private static List<String> cypherOf(Path file) {
		String text = read(file);
		if (file.toString().endsWith(".cypher")) {
			return List.of(text);
		}
		List<String> literals = new ArrayList<>();
		Matcher block = TEXT_BLOCK.matcher(text);
		while (block.find()) {
			literals.add(block.group(1));
		}
		Matcher string = STRING.matcher(TEXT_BLOCK.matcher(text).replaceAll(""));
		while (string.find()) {
			literals.add(string.group(1));
		}
		return literals;
	}

	private static List<Path> sources() {
		try (Stream<Path> java = Files.walk(Path.of("src/main/java")); Stream<Path> bench = Files.walk(Path.of("src/bench/java"));
				Stream<Path> cypher = Files.walk(Path.of("cypher"))) {
			return Stream.of(java, bench, cypher).flatMap(s -> s)
				.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".cypher"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
