package org.majlis.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.majlis.ingest.ExtractionPreview;
import org.majlis.ingest.ExtractionPreview.Resolved;
import org.majlis.ingest.ExtractionPreview.Why;

/**
 * How {@code extract} writes a preview: text tables, one per kind of item, whose rows name the sentence they were
 * read from (S1, S2 … listed at the end); or the preview as one JSON object, in the shape of the GraphQL
 * {@code extractArticle} answer.
 */
enum PreviewFormat {

	table {
		@Override
		void write(ExtractionPreview p, PrintWriter out) {
			Sentences sentences = new Sentences();
			out.println("Article date: " + (p.publishedAt() == null ? "unknown" : p.publishedAt()) + " · " + p.newNodes()
					+ " new nodes, " + p.existingNodes() + " existing");
			section(out, "EVENTS", List.of("ref", "kind", "name", "start", "end", "place", "node"), p.events(),
					e -> List.of(e.ref(), e.kind(), e.name(), text(e.start()), text(e.end()), e.place() == null ? "" : e.place().name(),
							node(e.resolution())), e -> e.why(), sentences);
			section(out, "PEOPLE", List.of("ref", "name", "English", "ranks", "node"), p.people(),
					e -> List.of(e.ref(), e.name(), text(e.nameEn()), String.join("، ", e.ranks()), node(e.resolution())), e -> e.why(),
					sentences);
			section(out, "ORGANIZATIONS", List.of("ref", "name", "English", "country", "node"), p.organizations(),
					e -> List.of(e.ref(), e.name(), text(e.nameEn()), e.country() == null ? (e.national() ? "unknown" : "") : e.country().name(),
							node(e.resolution())), e -> e.why(), sentences);
			section(out, "PLACES", List.of("ref", "name", "kind", "in", "node"), p.places(),
					e -> List.of(e.ref(), e.name(), text(e.kind()), e.country() == null ? "" : e.country().name(), node(e.resolution())),
					e -> e.why(), sentences);
			section(out, "POSITIONS", List.of("person", "title", "organization"), p.positions(),
					e -> List.of(e.person().name(), e.title(), e.organization() == null ? "" : e.organization().name()), e -> e.why(), sentences);
			section(out, "ATTENDANCE", List.of("event", "person", "role"), p.attendances(),
					e -> List.of(e.event().ref(), attendee(e), text(e.role())), e -> e.why(), sentences);
			section(out, "ORGANIZERS", List.of("event", "organization"), p.organizers(),
					e -> List.of(e.event().ref(), e.organization().name()), e -> e.why(), sentences);
			section(out, "TOPICS", List.of("event", "topic"), p.topics(), e -> List.of(e.event().ref(), e.key()), e -> e.why(), sentences);
			out.println();
			out.println("SENTENCES");
			sentences.numbers.forEach((sentence, n) -> out.println("S" + n + "  " + sentence));
		}
	},

	json {
		@Override
		void write(ExtractionPreview p, PrintWriter out) {
			Map<String, Object> tree = new LinkedHashMap<>(JSON.convertValue(p, Map.class));
			tree.put("newNodes", p.newNodes());
			tree.put("existingNodes", p.existingNodes());
			out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
		}
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	abstract void write(ExtractionPreview preview, PrintWriter out);

	/** Distinct sentences in the order rows first cite them. */
	private static final class Sentences {

		final Map<String, Integer> numbers = new LinkedHashMap<>();

		String number(String sentence) {
			return sentence == null || sentence.isBlank() ? "" : "S" + numbers.computeIfAbsent(sentence, s -> numbers.size() + 1);
		}
	}

	private static <T> void section(PrintWriter out, String title, List<String> columns, List<T> items, Function<T, List<String>> cells,
			Function<T, Why> why, Sentences sentences) {
		out.println();
		out.println(title + " (" + items.size() + ")");
		if (items.isEmpty()) {
			return;
		}
		List<String> header = new ArrayList<>(columns);
		header.addAll(List.of("sentence", "rule", "confidence"));
		List<List<String>> rows = new ArrayList<>();
		for (T item : items) {
			List<String> row = new ArrayList<>(cells.apply(item));
			Why w = why.apply(item);
			row.addAll(List.of(sentences.number(w.sentence()), w.rule(), String.format("%.2f", w.confidence())));
			rows.add(row);
		}
		TextTable.write(header, rows, out);
	}

	private static String attendee(ExtractionPreview.AttendancePreview a) {
		if (a.person() != null) {
			return a.person().name() + (a.byRole() != null ? " (as " + a.byRole() + ")" : "");
		}
		return a.byRole() + (a.holderId() != null ? " → " + a.holderId() : " (holder unknown)");
	}

	private static String node(Resolved r) {
		if (r == null || r.id() == null) {
			return "";
		}
		return r.existing() ? "existing " + r.id() + (r.existingName() != null ? " (" + r.existingName() + ")" : "") : "new " + r.id();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}
}
