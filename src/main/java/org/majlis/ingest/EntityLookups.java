package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.majlis.model.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The look-ups of {@link EntityResolver} that follow from what an article's mentions resolved to, each one query for
 * all the mentions concerned, and only when some mention needs it: organisations again when the country they were
 * first looked up with was not the one resolved, the holders of the offices people not found by name are named with,
 * and the bodies where known people hold an office. The first look-up of every mention is {@link ArticleLookups}.
 * Answers come back in the order of the probes.
 */
@Component
class EntityLookups {

	/** The candidates of a {@code row} with {@code probes}, best first: the first probe matched, then the id. */
	static final String CANDIDATES_OF = """
			CALL (row) {
			  UNWIND range(0, size(row.probes) - 1) AS rank
			  WITH rank, row.probes[rank] AS probe
			  MATCH (n:%1$s) WHERE n.matchText CONTAINS probe
			  WITH n, min(rank) AS rank ORDER BY rank, n.id
			  RETURN collect({id: n.id, country: COLLECT { MATCH (n)-[:IN_COUNTRY]->(c:Place) RETURN c.id }[0]}) AS candidates
			}
			""";

	/** A person the graph knows ({@code p}), as {@link #knownPerson} reads it. */
	static final String KNOWN_PERSON = "{id: p.id, name: p.name, aliases: p.aliases, "
			+ "offices: [(p)-[r:HOLDS_POSITION]->(o:Organization) | r.titleKey + ' ' + o.id]}";

	private static final String CANDIDATES = """
			UNWIND $rows AS row
			%s
			RETURN row.index AS index, candidates, EXISTS { MATCH (k:%%1$s {id: row.id}) } AS known
			""".formatted(CANDIDATES_OF);

	private static final String HOLDERS = """
			UNWIND $rows AS row
			CALL (row) {
			  UNWIND row.offices AS office
			  MATCH (p:Person)-[:HOLDS_POSITION {titleKey: office.titleKey}]->(:Organization {id: office.organization})
			  WITH DISTINCT p
			  RETURN collect(%s) AS holders
			}
			RETURN row.index AS index, holders
			""".formatted(KNOWN_PERSON);

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

	/** A person to look up by name: exact probes, and the surname to look for variants by (null for one-word names). */
	record PersonProbe(List<String> probes, String surname) {
	}

	/** An office: a title's key at a body of the graph. */
	record Office(String titleKey, String organization) {
	}

	/** A person's exact matches, best first; where there are none, people sharing the surname (at most 200). */
	record PersonFound(List<String> exact, List<KnownPerson> variants) {
	}

	/** A person the graph knows, with their names and offices (a title's key and the body's id, a space apart). */
	record KnownPerson(String id, List<String> names, List<String> offices) {
	}

	record EventCandidate(String id, String start, String place) {
	}

	/** A known person's office to look for: by title key, or by the exact probes of the body's names. */
	record OfficeProbe(String personId, String titleKey, List<String> probes) {
	}

	private final Neo4jClient neo4j;

	EntityLookups(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The candidates of organisations, as {@link ArticleLookups} finds them, for probes whose ids changed since. */
	List<Found> findOrganizations(List<Probe> probes) {
		return query(CANDIDATES.formatted(NodeLabel.ORGANIZATION.label()), probes.size(),
				i -> Map.of("id", probes.get(i).id(), "probes", probes.get(i).probes()), EntityLookups::found);
	}

	/** For each list of offices, the people who hold any of them. */
	List<List<KnownPerson>> findHolders(List<List<Office>> offices) {
		return query(HOLDERS, offices.size(), i -> Map.of("offices", offices.get(i).stream()
			.map(office -> Map.of("titleKey", office.titleKey(), "organization", office.organization())).toList()),
				row -> maps(row.get("holders")).stream().map(EntityLookups::knownPerson).toList());
	}

	/** For each probe, the body of the graph where the person holds that office and that has a country, or null. */
	List<String> findOffices(List<OfficeProbe> probes) {
		return query(OFFICES, probes.size(), i -> Map.of("person", probes.get(i).personId(), "titleKey", probes.get(i).titleKey(),
				"probes", probes.get(i).probes()), row -> (String) row.get("org"));
	}

	/** Runs a look-up over numbered rows and answers one result per row, in the rows' order. */
	private <T> List<T> query(String cypher, int size, Function<Integer, Map<String, Object>> values, Function<Map<String, Object>, T> read) {
		if (size == 0) {
			return List.of();
		}
		List<Map<String, Object>> rows = rows(size, values);
		List<T> results = new ArrayList<>(Collections.nCopies(size, null));
		for (Map<String, Object> row : neo4j.query(cypher).bind(rows).to("rows").fetch().all()) {
			results.set(((Number) row.get("index")).intValue(), read.apply(row));
		}
		return results;
	}

	/** Numbered rows of values, for a look-up to answer by number. */
	static List<Map<String, Object>> rows(int size, Function<Integer, Map<String, Object>> values) {
		List<Map<String, Object>> rows = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			Map<String, Object> row = new HashMap<>(values.apply(i));
			row.put("index", i);
			rows.add(row);
		}
		return rows;
	}

	static Found found(Map<String, Object> row) {
		return new Found(maps(row.get("candidates")).stream().map(c -> new Candidate((String) c.get("id"), (String) c.get("country"))).toList(),
				(Boolean) row.get("known"));
	}

	static KnownPerson knownPerson(Map<String, Object> row) {
		List<String> names = new ArrayList<>();
		names.add((String) row.get("name"));
		names.addAll(strings(row.get("aliases")));
		return new KnownPerson((String) row.get("id"), names, strings(row.get("offices")));
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}
}
