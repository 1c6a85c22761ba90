package org.majlis.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.majlis.bench.synthetic.SyntheticNames.Kind;
import org.majlis.bench.synthetic.SyntheticNames.Name;
import org.majlis.common.MatchText;
import org.majlis.common.PartialDate;
import org.neo4j.driver.Driver;

/**
 * Writes a synthetic knowledge graph at a {@link Scale} into an empty Majlis store (the topic vocabulary already
 * there) with batched UNWIND writes: places, organisations, people with their offices, and events with their
 * place, organisers, topics, attendees and one reporting article each. Mentions are skewed as in real news: who
 * attends, who organises and which topic is drawn from Zipf distributions, so a few officials attend hundreds of
 * events. The same seed gives the same graph. Derived properties (matchText, startLow, endHigh, and the country an event is
 * held in as the store's EventCountries sets it: each place here is a country or a city in one) are written too.
 */
public final class SyntheticGraph {

	/** Changes whenever the same scale and seed would give another graph, so that stores written before are regenerated. */
	public static final int VERSION = 2;

	/** Rows per UNWIND statement (and per transaction). */
	static final int BATCH = 5_000;

	private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
	private static final int DAYS = (int) (LocalDate.of(2026, 10, 31).toEpochDay() - FIRST_DAY.toEpochDay());

	private final Driver driver;
	private final Scale scale;
	private final Random random;
	private final List<String> cityIds = new ArrayList<>();
	private final List<String> cityCountries = new ArrayList<>();
	private final List<String> countryIds = new ArrayList<>();
	private final Zipf people;
	private final Zipf organizations;

	/** What was written and how long it took. */
	public record Load(long nodes, long relationships, double seconds) {
	}

	public SyntheticGraph(Driver driver, Scale scale, long seed) {
		this.driver = driver;
		this.scale = scale;
		this.random = new Random(seed);
		this.people = new Zipf(scale.people(), 0.5);
		this.organizations = new Zipf(scale.organizations(), 0.8);
	}

	public Load write() {
		long started = System.nanoTime();
		List<String> topics = driver.executableQuery("MATCH (t:Topic) RETURN t.key AS key ORDER BY t.key").execute().records()
			.stream().map(r -> r.get("key").asString()).toList();
		if (topics.isEmpty()) {
			throw new IllegalStateException("The store has no topic vocabulary: start the service on it once first");
		}
		writePlaces();
		writeOrganizations();
		writePeople();
		writeEvents(topics);
		writePositions();
		double seconds = (System.nanoTime() - started) / 1e9;
		var counts = driver.executableQuery(
				"CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels")
			.execute().records().getFirst();
		return new Load(counts.get("nodes").asLong(), counts.get("rels").asLong(), seconds);
	}

	private void writePlaces() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Name country : SyntheticNames.COUNTRIES) {
			String id = "place:" + SyntheticNames.slug(country.english());
			countryIds.add(id);
			rows.add(entity(id, country, List.of(), null, Map.of("kind", "COUNTRY")));
		}
		Zipf countries = new Zipf(countryIds.size(), 1.0);
		for (int i = 0; i < scale.places() - SyntheticNames.COUNTRIES.size(); i++) {
			Name city = SyntheticNames.city(i);
			String id = "place:syn-city-" + i;
			cityIds.add(id);
			Map<String, Object> row = entity(id, city, List.of(), null, Map.of("kind", "CITY"));
			String country = countryIds.get(countries.next(random));
			cityCountries.add(country);
			row.put("country", country);
			rows.add(row);
		}
		write("""
				UNWIND $rows AS row
				CREATE (p:Place {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases, kind: row.kind,
				                 matchText: row.matchText})
				WITH p, row WHERE row.country IS NOT NULL
				MATCH (c:Place {id: row.country})
				CREATE (p)-[:IN_COUNTRY]->(c)
				""", rows);
	}

	private void writeOrganizations() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < scale.organizations(); i++) {
			Map<String, Object> row;
			if (i < SyntheticNames.INTERNATIONAL.size()) {
				Name name = SyntheticNames.INTERNATIONAL.get(i);
				String acronym = SyntheticNames.ACRONYMS.get(i);
				row = entity(organizationId(i), name, List.of(), acronym, Map.of());
			}
			else {
				int n = i - SyntheticNames.INTERNATIONAL.size();
				Name body = SyntheticNames.BODIES.get(n % SyntheticNames.BODIES.size());
				int locale = n / SyntheticNames.BODIES.size();
				boolean inCountry = locale < countryIds.size();
				String country = inCountry ? countryIds.get(locale) : cityCountries.get(locale - countryIds.size());
				Name where = inCountry ? SyntheticNames.COUNTRIES.get(locale) : SyntheticNames.city(locale - countryIds.size());
				row = entity(organizationId(i), new Name(body.arabic() + " في " + where.arabic(), body.english() + ", " + where.english()),
						List.of(), null, Map.of());
				row.put("country", country);
				if (n % SyntheticNames.BODIES.size() != 0 && inCountry) {
					row.put("parent", organizationId(i - n % SyntheticNames.BODIES.size()));
				}
			}
			rows.add(row);
		}
		write("""
				UNWIND $rows AS row
				CREATE (o:Organization {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases, acronym: row.acronym,
				                        matchText: row.matchText})
				WITH o, row WHERE row.country IS NOT NULL
				MATCH (c:Place {id: row.country})
				CREATE (o)-[:IN_COUNTRY]->(c)
				""", rows);
		write("""
				UNWIND $rows AS row
				MATCH (o:Organization {id: row.id}), (parent:Organization {id: row.parent})
				CREATE (o)-[:PART_OF]->(parent)
				""", rows.stream().filter(row -> row.containsKey("parent")).toList());
	}

	private void writePeople() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < scale.people(); i++) {
			Name name = SyntheticNames.person(i);
			List<String> ranks = new ArrayList<>();
			for (int r = random.nextInt(3); r > 0; r--) {
				String rank = SyntheticNames.RANKS.get(random.nextInt(SyntheticNames.RANKS.size()));
				if (!ranks.contains(rank)) {
					ranks.add(rank);
				}
			}
			rows.add(entity(personId(i), name, List.of(), null, Map.of("ranks", ranks)));
		}
		write("""
				UNWIND $rows AS row
				CREATE (:Person {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases, ranks: row.ranks,
				                 matchText: row.matchText})
				""", rows);
	}

	private void writeEvents(List<String> topicKeys) {
		Zipf topics = new Zipf(topicKeys.size(), 1.0);
		List<Map<String, Object>> events = new ArrayList<>();
		List<Map<String, Object>> attendance = new ArrayList<>();
		for (int i = 0; i < scale.events(); i++) {
			Kind kind = kind();
			PartialDate[] dates = dates();
			Set<String> about = new LinkedHashSet<>();
			for (int t = 1 + random.nextInt(6); t > 0; t--) {
				about.add(topicKeys.get(topics.next(random)));
			}
			String topic = about.iterator().next();
			String placeId = place();
			String id = "event:syn-" + i;
			Name name = new Name(kind.arabic() + " " + topic.replace('-', ' ') + " " + (i + 1),
					kind.english() + " on " + topic + " #" + (i + 1));
			Map<String, Object> row = entity(id, name, List.of(), null, Map.of("kind", kind.key(), "virtual", random.nextInt(10) == 0));
			row.put("startDate", dates[0] == null ? null : dates[0].toString());
			row.put("endDate", dates[1] == null ? null : dates[1].toString());
			row.put("startLow", dates[0] == null ? null : dates[0].earliest());
			row.put("endHigh", dates[1] != null ? dates[1].latest() : dates[0] == null ? null : dates[0].latest());
			row.put("place", placeId);
			row.put("topics", List.copyOf(about));
			List<String> organizers = new ArrayList<>(List.of(organizationId(organizations.next(random))));
			if (random.nextInt(10) < 3) {
				String second = organizationId(organizations.next(random));
				if (!organizers.contains(second)) {
					organizers.add(second);
				}
			}
			row.put("organizers", organizers);
			row.put("article", "article:syn-" + i);
			events.add(row);
			for (String person : attendees(kind)) {
				attendance.add(Map.of("person", person, "event", id, "article", "article:syn-" + i,
						"role", random.nextInt(8) == 0 ? "speaker" : "attendee"));
			}
			if (events.size() == BATCH / 5 || i == scale.events() - 1) {
				flushEvents(events, attendance);
			}
		}
	}

	private void flushEvents(List<Map<String, Object>> events, List<Map<String, Object>> attendance) {
		write("""
				UNWIND $rows AS row
				CREATE (e:Event {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases, kind: row.kind,
				                 virtual: row.virtual, startDate: row.startDate, endDate: row.endDate, startLow: row.startLow,
				                 endHigh: row.endHigh, matchText: row.matchText})
				CREATE (a:Article {id: row.article, url: 'synthetic:' + row.article, title: row.name, publishedAt: row.startDate,
				                   language: 'ar'})
				CREATE (e)-[:MENTIONED_IN {confidence: 1.0}]->(a)
				WITH e, row
				CALL (e, row) {
				  MATCH (p:Place {id: row.place})
				  CREATE (e)-[:HELD_IN {sourceIds: [row.article], quotes: [''], confidences: [1.0]}]->(p)
				  WITH e, p
				  OPTIONAL MATCH (p)-[:IN_COUNTRY]->(c:Place)
				  WITH e, coalesce(c.id, p.id) AS country
				  SET e.heldInCountry = CASE WHEN e.startLow IS NOT NULL THEN country END,
				      e.heldInCountries = CASE WHEN e.startLow IS NULL THEN '|' + country + '|' END
				}
				CALL (e, row) {
				  UNWIND row.topics AS key
				  MATCH (t:Topic {key: key})
				  CREATE (e)-[:ABOUT {sourceIds: [row.article], quotes: [''], confidences: [1.0]}]->(t)
				}
				CALL (e, row) {
				  UNWIND row.organizers AS organizer
				  MATCH (o:Organization {id: organizer})
				  CREATE (o)-[:ORGANIZED {sourceIds: [row.article], quotes: [''], confidences: [1.0]}]->(e)
				}
				""", events);
		for (int from = 0; from < attendance.size(); from += BATCH) {
			write("""
					UNWIND $rows AS row
					MATCH (p:Person {id: row.person}), (e:Event {id: row.event}), (a:Article {id: row.article})
					CREATE (p)-[:ATTENDED {role: row.role, sourceIds: [row.article], quotes: [''], confidences: [1.0]}]->(e)
					CREATE (p)-[:MENTIONED_IN {confidence: 1.0}]->(a)
					""", attendance.subList(from, Math.min(attendance.size(), from + BATCH)));
		}
		events.clear();
		attendance.clear();
	}

	private void writePositions() {
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> held = new java.util.HashSet<>();
		for (int i = 0; i < scale.positions(); i++) {
			int person = i < scale.people() ? i : people.next(random);
			int organization = organizations.next(random);
			Name title = SyntheticNames.TITLES.get(random.nextInt(SyntheticNames.TITLES.size()));
			if (!held.add(person + "|" + organization + "|" + title.arabic())) {
				continue;
			}
			int from = 2000 + random.nextInt(25);
			Map<String, Object> row = new HashMap<>();
			row.put("person", personId(person));
			row.put("organization", organizationId(organization));
			row.put("title", title.arabic());
			row.put("titleEn", title.english());
			row.put("from", random.nextBoolean() ? String.valueOf(from) : PartialDate.of(from, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
			row.put("to", random.nextInt(4) == 0 ? null : String.valueOf(Math.min(2026, from + 1 + random.nextInt(6))));
			row.put("article", "article:syn-" + random.nextInt(scale.events()));
			rows.add(row);
		}
		write("""
				UNWIND $rows AS row
				MATCH (p:Person {id: row.person}), (o:Organization {id: row.organization})
				CREATE (p)-[:HOLDS_POSITION {title: row.title, titleEn: row.titleEn, from: row.from, to: row.to,
				        sourceIds: [row.article], quotes: [''], confidences: [1.0]}]->(o)
				""", rows);
	}

	/** Attendees of an event of this kind: around the kind's mean, drawn by Zipf without repeats. */
	private Set<String> attendees(Kind kind) {
		int mean = kind.meanAttendees();
		int count = Math.max(1, mean / 2 + random.nextInt(mean + 1));
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < count) {
			chosen.add(personId(people.next(random)));
		}
		return chosen;
	}

	private Kind kind() {
		double draw = random.nextDouble();
		for (Kind kind : SyntheticNames.KINDS) {
			draw -= kind.share();
			if (draw <= 0) {
				return kind;
			}
		}
		return SyntheticNames.KINDS.getLast();
	}

	/** Start and end: mostly full dates a few days apart, some only a month or a year, a few undated. */
	private PartialDate[] dates() {
		int kind = random.nextInt(100);
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		if (kind < 3) {
			return new PartialDate[2];
		}
		if (kind < 7) {
			return new PartialDate[] { PartialDate.ofYear(day.getYear()), null };
		}
		if (kind < 15) {
			return new PartialDate[] { PartialDate.parse("%04d-%02d".formatted(day.getYear(), day.getMonthValue())), null };
		}
		LocalDate end = day.plusDays(random.nextInt(4));
		PartialDate start = PartialDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
		return new PartialDate[] { start, end.equals(day) ? null : PartialDate.of(end.getYear(), end.getMonthValue(), end.getDayOfMonth()) };
	}

	/** Mostly a city, sometimes only the country, sometimes not stated. */
	private String place() {
		int draw = random.nextInt(100);
		if (draw < 7) {
			return null;
		}
		return draw < 15 ? countryIds.get(random.nextInt(countryIds.size())) : cityIds.get(random.nextInt(cityIds.size()));
	}

	private static Map<String, Object> entity(String id, Name name, List<String> aliases, String acronym, Map<String, Object> extra) {
		Map<String, Object> row = new HashMap<>(extra);
		row.put("id", id);
		row.put("name", name.arabic());
		row.put("nameEn", name.english());
		row.put("aliases", aliases);
		row.put("acronym", acronym);
		row.put("matchText", MatchText.of(name.arabic(), aliases, name.english(), acronym));
		return row;
	}

	static String personId(int i) {
		return "person:syn-" + i;
	}

	static String organizationId(int i) {
		return "org:syn-" + i;
	}

	/** Runs the statement over the rows, a batch per transaction. */
	private void write(String cypher, List<Map<String, Object>> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			try (var session = driver.session()) {
				session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
			}
		}
	}
}
