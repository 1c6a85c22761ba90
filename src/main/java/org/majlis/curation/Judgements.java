package org.majlis.curation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * What ingestion asks of the analysts' judgements, each through a unique or range index so that an article costs the
 * same however large the graph: where merged-away ids point now and which nodes are kept apart from which (together,
 * with the names of the nodes concerned), which facts are retracted, and recording an article that states a retracted
 * fact as one of its sources.
 */
@Service
public class Judgements {

	private static final String RETRACTED = """
			UNWIND $keys AS key
			MATCH (f:RetractedFact {key: key})
			RETURN f.key
			""";

	private static final String RESTATED = """
			UNWIND $rows AS row
			MATCH (f:RetractedFact {key: row.key})
			WITH f, row WHERE NOT $articleId IN f.sourceIds
			SET f.sourceIds = f.sourceIds + $articleId, f.quotes = f.quotes + coalesce(row.quote, ''),
			    f.confidences = f.confidences + coalesce(row.confidence, 1.0)
			""";

	/** An article's statement of a fact that was retracted. */
	public record Restatement(String key, String quote, Double confidence) {
	}

	/**
	 * The judgements on some ids: the survivor of each one merged away; for each of those ids and survivors kept apart
	 * from other nodes, the ids of those; and the names of every node among them all that the graph holds, by id.
	 */
	public record Judged(Map<String, String> survivors, Map<String, List<String>> keptApart, Map<String, Names> nodes) {
	}

	/** A node's name (null where it has none) and aliases. */
	public record Names(String name, List<String> aliases) {
	}

	private final Neo4jClient neo4j;
	private final JudgedIds judged;

	Judgements(Neo4jClient neo4j, JudgedIds judged) {
		this.neo4j = neo4j;
		this.judged = judged;
	}

	/** The judgements on these ids and the names of the nodes they lead to, in one statement. */
	public Judged judged(Collection<String> ids) {
		return judged.of(ids);
	}

	/** The keys ({@link FactType#key}) among these whose fact was retracted. */
	public Set<String> retracted(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return new LinkedHashSet<>(neo4j.query(RETRACTED).bind(List.copyOf(new LinkedHashSet<>(keys))).to("keys").fetchAs(String.class).all());
	}

	/** Keeps the article among the sources of the retracted facts it states again (once per article). */
	public void restated(String articleId, Collection<Restatement> restatements) {
		if (restatements.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = restatements.stream().map(r -> {
			Map<String, Object> row = new HashMap<>();
			row.put("key", r.key());
			row.put("quote", r.quote());
			row.put("confidence", r.confidence());
			return row;
		}).toList();
		neo4j.query(RESTATED).bind(articleId).to("articleId").bind(rows).to("rows").run();
	}
}
