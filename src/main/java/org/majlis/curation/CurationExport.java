package org.majlis.curation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as JSON Lines, oldest first (one curation a line: id, action, subjects, note, by, at, detail), and
 * applying such a file to another store, such as one a corpus was re-ingested into from scratch. Each curation is
 * applied once (by its id) with its own author, time and note; see {@link CurationReplay} for what applying means.
 */
@Service
public class CurationExport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String OLDEST_FIRST = "MATCH (c:Curation) WHERE c.at IS NOT NULL RETURN c ORDER BY c.at, c.id";

	/** What applying a file did: one line per curation, e.g. {@code applied merge curation:…} or {@code skipped …: why}. */
	public record Applied(int applied, int skipped, List<String> lines) {
	}

	private final Neo4jClient neo4j;
	private final CurationReplay replay;

	CurationExport(Neo4jClient neo4j, CurationReplay replay) {
		this.neo4j = neo4j;
		this.replay = replay;
	}

	/** Writes every curation, oldest first; answers how many. */
	@Transactional(readOnly = true)
	public int export(Writer out) throws IOException {
		int count = 0;
		for (Curation c : neo4j.query(OLDEST_FIRST).fetchAs(Curation.class).mappedBy((t, r) -> Curation.fromNode(r.get("c"))).all()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("id", c.id());
			line.put("action", c.action());
			line.put("subjects", c.subjects());
			line.put("note", c.note());
			line.put("by", c.by());
			line.put("at", c.at().toString());
			line.put("detail", c.detail());
			out.write(JSON.writeValueAsString(line));
			out.write('\n');
			count++;
		}
		out.flush();
		return count;
	}

	/** Applies the curations of a JSON Lines file in order, each in a transaction of its own. */
	public Applied apply(BufferedReader in) throws IOException {
		List<String> lines = new ArrayList<>();
		int applied = 0;
		String text;
		int number = 0;
		while ((text = in.readLine()) != null) {
			number++;
			if (text.isBlank()) {
				continue;
			}
			Curation curation = read(JSON.readTree(text), number);
			String outcome = replay.apply(curation);
			if (outcome == null) {
				applied++;
				lines.add("applied " + curation.action() + " " + curation.id());
			}
			else {
				lines.add("skipped " + curation.action() + " " + curation.id() + ": " + outcome);
			}
		}
		return new Applied(applied, lines.size() - applied, List.copyOf(lines));
	}

	private static Curation read(JsonNode line, int number) {
		if (!line.hasNonNull("id") || !line.hasNonNull("action") || !line.hasNonNull("by") || !line.has("subjects")) {
			throw new IllegalArgumentException("Line " + number + " is not a curation (id, action, subjects, by): " + line);
		}
		List<String> subjects = new ArrayList<>();
		line.get("subjects").forEach(subject -> subjects.add(subject.asString()));
		return new Curation(line.get("id").asString(), line.get("action").asString(), List.copyOf(subjects), text(line, "note"),
				line.get("by").asString(), line.hasNonNull("at") ? java.time.OffsetDateTime.parse(line.get("at").asString()) : null,
				text(line, "detail"));
	}

	private static String text(JsonNode line, String field) {
		return line.hasNonNull(field) ? line.get(field).asString() : null;
	}
}
