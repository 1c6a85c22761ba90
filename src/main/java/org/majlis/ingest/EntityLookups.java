package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.majlis.model.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The look-ups of {@link EntityResolver}, one query per kind of entity for all the mentions of an article:
 * nodes whose {@code matchText} holds one of a mention's exact probes (text index), whether a mention's own id
 * is already a node (unique constraint), and, for people not found exactly, those sharing the surname or an office.
 * Answers come back in the order of the probes.
 */
@Component
class EntityLookups {

	private static final Set<NodeLabel> LABELS = Set.of(NodeLabel.PLACE, NodeLabel.ORGANIZATION);

	/** Candidates for each row, best first: the first probe matched, then the id. */
	private static final String CANDIDATES = """
			UNWIND $rows AS row
			CALL (row) {
			  UNWIND range(0, size(row.probes) - 1) AS rank
			  WITH rank, row.probes[rank] AS probe
			  MATCH (n:%1$s) WHERE n.matchText CONTAINS probe
			  WITH n, min(rank) AS rank ORDER BY rank, n.id
			  RETURN collect({id: n.id, country: COLLECT { MATCH (n)-[:IN_COUNTRY]->(c:Place) RETURN c.id }[0]}) AS candidates
			}
			RETURN row.index AS index, candidates, EXISTS { MATCH (k:%1$s {id: row.id}) } AS known
			""";

	private static final String PEOPLE = """
			UNWIND $rows AS row
			CALL (row) {
			  UNWIND range(0, size(row.probes) - 1) AS rank
			  WITH rank, row.probes[rank] AS probe
			  MATCH (n:Person) WHERE n.matchText CONTAINS probe
			  WITH n, min(rank) AS rank ORDER BY rank, n.id
			  RETURN collect(n.id) AS exact
			}
			CALL (row, exact) {
			  WITH row WHERE size(exact) = 0
			  CALL (row) {
			    WITH row WHERE row.surname IS NOT NULL
			    MATCH (p:Person) WHERE p.matchText CONTAINS row.surname
			    RETURN p LIMIT 200
			    UNION
			    UNWIND row.offices AS office
			    MATCH (p:Person)-[:HOLDS_POSITION {titleKey: office.titleKey}]->(:Organization {id: office.organization})
			    RETURN p
			  }
			  RETURN collect({id: p.id, name: p.name, aliases: p.aliases,
			    offices: [(p)-[r:HOLDS_POSITION]->(o:Organization) | r.titleKey + ' ' + o.id]}) AS variants
			}
			RETURN row.index AS index, exact, variants
			""";

	private static final String EVENTS = """
			UNWIND $rows AS row
			CALL (row) {
			  UNWIND row.probes AS probe
			  MATCH (e:Event) WHERE e.matchText CONTAINS probe
			  WITH DISTINCT e.id AS id, e.startDate AS start, COLLECT { MATCH (e)-[:HELD_IN]->(p:Place) RETURN p.id }[0] AS place
			  RETURN collect({id: id, start: start, place: place}) AS candidates
			}
			RETURN row.index AS index, candidates
			""";

	/** A known person's office to look for: by title key, or by the exact probes of the body's names. */
	record OfficeProbe(String personId, String titleKey, List<String> probes) {
	}

	private static final String OFFICES = """
			UNWIND $rows AS row
			CALL (row) {
			  MATCH (:Person {id: row.person})-[r:HOLDS_POSITION]->(o:Organization)-[:IN_COUNTRY]->(:Place)
			  WHERE r.titleKey = row.titleKey AND any(probe IN row.probes WHERE o.matchText CONTAINS probe)
			  RETURN o.id AS org ORDER BY size(r.sourceIds) DESC, o.id LIMIT 1
			}
			RETURN row.index AS index, org
			""";

	/** A mention to look up: the id it has if nothing matches (known or new), and its exact probes. */
	record Probe(String id, List<String> probes) {
	}

	record Candidate(String id, String country) {
	}

	/** The candidates of a mention, and whether its own id is already a node. */
	record Found(List<Candidate> candidates, boolean known) {
	}

	/**
	 * A person to look up: exact probes, the surname to look for variants by (null for one-word names), and the offices
	 * the mention is named with, whose holders are variants too.
	 */
	record PersonProbe(List<String> probes, String surname, List<Office> offices) {
	}

	/** An office: a title's key at a body of the graph. */
	record Office(String titleKey, String organization) {
	}

	/**
	 * A person's exact matches, best first; where there are none, people sharing the surname (at most 200) and the
	 * holders of the mention's offices.
	 */
	record PersonFound(List<String> exact, List<KnownPerson> variants) {
	}

	/** A person the graph knows, with their names and offices (a title's key and the body's id, a space apart). */
	record KnownPerson(String id, List<String> names, List<String> offices) {
	}

	record EventCandidate(String id, String start, String place) {
	}

	private final Neo4jClient neo4j;

	EntityLookups(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Found> find(NodeLabel label, List<Probe> probes) {
		if (!LABELS.contains(label)) {
			throw new IllegalArgumentException("Not a label resolved by candidates: " + label);
		}
		return query(CANDIDATES.formatted(label.label()), probes.size(), i -> Map.of("id", probes.get(i).id(), "probes", probes.get(i).probes()),
				row -> new Found(maps(row.get("candidates")).stream()
					.map(c -> new Candidate((String) c.get("id"), (String) c.get("country"))).toList(), (Boolean) row.get("known")));
	}

	List<PersonFound> findPeople(List<PersonProbe> probes) {
		return query(PEOPLE, probes.size(), i -> {
			Map<String, Object> values = new HashMap<>();
			values.put("probes", probes.get(i).probes());
			values.put("surname", probes.get(i).surname());
			values.put("offices", probes.get(i).offices().stream()
				.map(office -> Map.of("titleKey", office.titleKey(), "organization", office.organization())).toList());
			return values;
		}, row -> new PersonFound(strings(row.get("exact")), maps(row.get("variants")).stream().map(EntityLookups::knownPerson).toList()));
	}

	/** For each probe, the body of the graph where the person holds that office and that has a country, or null. */
	List<String> findOffices(List<OfficeProbe> probes) {
		return query(OFFICES, probes.size(), i -> Map.of("person", probes.get(i).personId(), "titleKey", probes.get(i).titleKey(),
				"probes", probes.get(i).probes()), row -> (String) row.get("org"));
	}

	List<List<EventCandidate>> findEvents(List<List<String>> probes) {
		return query(EVENTS, probes.size(), i -> Map.of("probes", probes.get(i)), row -> maps(row.get("candidates")).stream()
			.map(c -> new EventCandidate((String) c.get("id"), (String) c.get("start"), (String) c.get("place"))).toList());
	}

	/** Runs a look-up over numbered rows and answers one result per row, in the rows' order. */
	private <T> List<T> query(String cypher, int size, Function<Integer, Map<String, Object>> values, Function<Map<String, Object>, T> read) {
		if (size == 0) {
			return List.of();
		}
		List<Map<String, Object>> rows = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Map<String, Object> row = new HashMap<>(values.apply(i));
			row.put("index", i);
			rows.add(row);
		}
		List<T> results = new ArrayList<>(Collections.nCopies(size, null));
		for (Map<String, Object> row : neo4j.query(cypher).bind(rows).to("rows").fetch().all()) {
			results.set(((Number) row.get("index")).intValue(), read.apply(row));
		}
		return results;
	}

	private static KnownPerson knownPerson(Map<String, Object> row) {
		List<String> names = new ArrayList<>();
		names.add((String) row.get("name"));
		names.addAll(strings(row.get("aliases")));
		return new KnownPerson((String) row.get("id"), names, strings(row.get("offices")));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}
}
