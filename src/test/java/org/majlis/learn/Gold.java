package org.majlis.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.majlis.common.PartialDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reference annotation in the format of ../shared/eval (see its GUIDELINES.md): the corpus's articles with their
 * publication dates and sources, the people with their names, and the events of each article with their attendees.
 * Only what training and cross-validation read is kept.
 */
record Gold(Path corpus, Map<String, Article> articles, List<Person> people, List<Event> events) {

	record Article(String file, PartialDate published, String outlet) {
	}

	record Person(String ref, List<String> names, boolean optional) {
	}

	record Event(String ref, String article, List<String> names, boolean optional, Set<String> attendees, Set<String> optionalAttendees) {
	}

	/** Reads a set laid out as ../shared/dev: corpus/*.txt, gold.json and SOURCES.tsv (file, url, outlet, published). */
	static Gold read(Path set) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(set.resolve("gold.json").toFile());
		Map<String, String> outlets = outlets(set.resolve("SOURCES.tsv"));
		Map<String, Article> articles = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : root.get("articles").properties()) {
			JsonNode published = entry.getValue().get("published");
			String file = entry.getKey();
			articles.put(file, new Article(file, published == null || published.isNull() ? null : PartialDate.parse(published.asString()),
					outlets.getOrDefault(file, file)));
		}
		List<Person> people = new ArrayList<>();
		for (JsonNode p : root.get("people")) {
			people.add(new Person(p.get("ref").asString(), strings(p.get("names")), p.path("optional").asBoolean(false)));
		}
		List<Event> events = new ArrayList<>();
		for (JsonNode e : root.get("events")) {
			events.add(new Event(e.get("ref").asString(), e.get("article").asString(), strings(e.get("names")), e.path("optional").asBoolean(false),
					new HashSet<>(strings(e.get("attendees"))), new HashSet<>(strings(e.get("optionalAttendees")))));
		}
		return new Gold(set.resolve("corpus"), articles, List.copyOf(people), List.copyOf(events));
	}

	String text(String file) throws IOException {
		return Files.readString(corpus.resolve(file));
	}

	List<Event> eventsOf(String file) {
		return events.stream().filter(e -> e.article().equals(file)).toList();
	}

	/** The articles grouped by outlet, in a fixed order. */
	Map<String, List<String>> byOutlet() {
		Map<String, List<String>> out = new TreeMap<>();
		articles.values().forEach(a -> out.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a.file()));
		return out;
	}

	private static Map<String, String> outlets(Path sources) throws IOException {
		Map<String, String> out = new LinkedHashMap<>();
		if (!Files.exists(sources)) {
			return out;
		}
		List<String> lines = Files.readAllLines(sources);
		List<String> header = List.of(lines.getFirst().split("\t", -1));
		int file = header.indexOf("file");
		int outlet = header.indexOf("outlet");
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split("\t", -1);
			if (cells.length > Math.max(file, outlet)) {
				out.put(cells[file], cells[outlet]);
			}
		}
		return out;
	}

	private static List<String> strings(JsonNode array) {
		List<String> out = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(n -> out.add(n.asString()));
		}
		return out;
	}
}
