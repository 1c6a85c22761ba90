package org.majlis.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.majlis.ingest.EntityLookups.EventCandidate;
import org.majlis.ingest.EntityLookups.Found;
import org.majlis.ingest.EntityLookups.PersonFound;
import org.majlis.ingest.EntityLookups.PersonProbe;
import org.majlis.ingest.EntityLookups.Probe;
import org.majlis.model.NodeLabel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The first look-up of every mention of an article, in one statement: nodes whose {@code matchText} holds one of a
 * mention's exact probes (text index), whether a place's or an organisation's own id is already a node (unique
 * constraint), and, for people not found exactly, those sharing the surname. What follows from the answers is
 * {@link EntityLookups}.
 */
@Component
class ArticleLookups {

	private static final String MENTIONS = """
			CALL () {
			  UNWIND $places AS row
			  %1$s
			  RETURN collect({index: row.index, candidates: candidates, known: EXISTS { MATCH (k:%3$s {id: row.id}) }}) AS places
			}
			CALL () {
			  UNWIND $organizations AS row
			  %2$s
			  RETURN collect({index: row.index, candidates: candidates, known: EXISTS { MATCH (k:%4$s {id: row.id}) }}) AS organizations
			}
			CALL () {
			  UNWIND $people AS row
			  CALL (row) {
			    UNWIND range(0, size(row.probes) - 1) AS rank
			    WITH rank, row.probes[rank] AS probe
			    MATCH (n:Person) WHERE n.matchText CONTAINS probe
			    WITH n, min(rank) AS rank ORDER BY rank, n.id
			    RETURN collect(n.id) AS exact
			  }
			  CALL (row, exact) {
			    WITH row WHERE size(exact) = 0 AND row.surname IS NOT NULL
			    MATCH (p:Person) WHERE p.matchText CONTAINS row.surname
			    WITH p LIMIT 200
			    RETURN collect(%5$s) AS variants
			  }
			  RETURN collect({index: row.index, exact: exact, variants: variants}) AS people
			}
			CALL () {
			  UNWIND $events AS row
			  CALL (row) {
			    UNWIND row.probes AS probe
			    MATCH (e:Event) WHERE e.matchText CONTAINS probe
			    WITH DISTINCT e.id AS id, e.startDate AS start, COLLECT { MATCH (e)-[:HELD_IN]->(p:Place) RETURN p.id }[0] AS place
			    RETURN collect({id: id, start: start, place: place}) AS candidates
			  }
			  RETURN collect({index: row.index, candidates: candidates}) AS events
			}
			RETURN places, organizations, people, events
			""".formatted(EntityLookups.CANDIDATES_OF.formatted(NodeLabel.PLACE.label()),
			EntityLookups.CANDIDATES_OF.formatted(NodeLabel.ORGANIZATION.label()), NodeLabel.PLACE.label(), NodeLabel.ORGANIZATION.label(),
			EntityLookups.KNOWN_PERSON);

	/** The mentions of an article to look up, by kind; events by the exact probes of their identifying names. */
	record Probes(List<Probe> places, List<Probe> organizations, List<PersonProbe> people, List<List<String>> events) {

		boolean isEmpty() {
			return places.isEmpty() && organizations.isEmpty() && people.isEmpty() && events.isEmpty();
		}
	}

	/** The answers, in the order of the probes of each kind. */
	record Answers(List<Found> places, List<Found> organizations, List<PersonFound> people, List<List<EventCandidate>> events) {
	}

	private final Neo4jClient neo4j;

	ArticleLookups(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Answers find(Probes probes) {
		if (probes.isEmpty()) {
			return new Answers(List.of(), List.of(), List.of(), List.of());
		}
		Map<String, Object> row = neo4j.query(MENTIONS)
			.bind(candidateRows(probes.places())).to("places")
			.bind(candidateRows(probes.organizations())).to("organizations")
			.bind(EntityLookups.rows(probes.people().size(), i -> {
				Map<String, Object> values = new HashMap<>();
				values.put("probes", probes.people().get(i).probes());
				values.put("surname", probes.people().get(i).surname());
				return values;
			})).to("people")
			.bind(EntityLookups.rows(probes.events().size(), i -> Map.of("probes", probes.events().get(i)))).to("events")
			.fetch().one().orElseThrow();
		return new Answers(read(row.get("places"), probes.places().size(), EntityLookups::found),
				read(row.get("organizations"), probes.organizations().size(), EntityLookups::found),
				read(row.get("people"), probes.people().size(), person -> new PersonFound(EntityLookups.strings(person.get("exact")),
						EntityLookups.maps(person.get("variants")).stream().map(EntityLookups::knownPerson).toList())),
				read(row.get("events"), probes.events().size(), event -> EntityLookups.maps(event.get("candidates")).stream()
					.map(c -> new EventCandidate((String) c.get("id"), (String) c.get("start"), (String) c.get("place"))).toList()));
	}

	private static List<Map<String, Object>> candidateRows(List<Probe> probes) {
		return EntityLookups.rows(probes.size(), i -> Map.of("id", probes.get(i).id(), "probes", probes.get(i).probes()));
	}

	/** One answer per probe, in the probes' order. */
	private static <T> List<T> read(Object answers, int size, Function<Map<String, Object>, T> read) {
		List<T> results = new ArrayList<>(Collections.nCopies(size, null));
		for (Map<String, Object> answer : EntityLookups.maps(answers)) {
			results.set(((Number) answer.get("index")).intValue(), read.apply(answer));
		}
		return results;
	}
}
