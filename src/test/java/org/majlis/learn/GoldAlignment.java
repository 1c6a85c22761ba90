package org.majlis.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.EventMention;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.PersonMention;

/**
 * Pairs what the extractor read in one article with the annotation the way ../shared/eval/score.py pairs the graph
 * with it: people one to one by name similarity (0.6 at least), then the article's events by name similarity, raised
 * to 0.45 for any event of the article and to 0.7 when it shares an attendee, best pairs first and required events
 * before optional ones at equal similarity.
 */
final class GoldAlignment {

	private static final double PERSON_THRESHOLD = 0.6;
	private static final double EVENT_THRESHOLD = 0.4;

	/** Gold person ref by extracted person ref. */
	final Map<String, String> people = new HashMap<>();
	/** Gold event by extracted event ref. */
	final Map<String, Gold.Event> events = new HashMap<>();

	private GoldAlignment() {
	}

	static GoldAlignment of(ArticleExtraction extraction, String file, Gold gold) {
		GoldAlignment out = new GoldAlignment();
		out.alignPeople(extraction.people(), gold.people());
		out.alignEvents(extraction.events(), gold.eventsOf(file));
		return out;
	}

	/** Whether the annotation says the person attended the event: true, false, or null where it does not count. */
	Boolean attended(String personRef, String eventRef) {
		String person = people.get(personRef);
		if (person == null) {
			return Boolean.getBoolean("learn.unaligned-negative") ? false : null;
		}
		Gold.Event event = events.get(eventRef);
		if (event == null) {
			return false;
		}
		if (event.optional() || event.optionalAttendees().contains(person)) {
			return null;
		}
		return event.attendees().contains(person);
	}

	private record Pair(double score, boolean required, String system, String gold) {
	}

	private void alignPeople(List<PersonMention> mentions, List<Gold.Person> gold) {
		List<Pair> pairs = new ArrayList<>();
		for (PersonMention p : mentions) {
			List<String> names = new ArrayList<>(List.of(p.name()));
			names.addAll(p.aliases());
			for (Gold.Person g : gold) {
				double score = NameSimilarity.best(names, g.names(), false);
				if (score >= PERSON_THRESHOLD) {
					pairs.add(new Pair(score, !g.optional(), p.ref(), g.ref()));
				}
			}
		}
		Map<String, String> matched = greedy(pairs);
		people.putAll(matched);
	}

	private void alignEvents(List<EventMention> mentions, List<Gold.Event> gold) {
		Map<String, Gold.Event> byRef = new HashMap<>();
		gold.forEach(g -> byRef.put(g.ref(), g));
		List<Pair> pairs = new ArrayList<>();
		for (EventMention e : mentions) {
			List<String> names = new ArrayList<>(List.of(e.name()));
			names.addAll(e.aliases());
			Set<String> attendees = new HashSet<>();
			for (Participant p : e.attendees()) {
				if (p.personRef() != null && people.containsKey(p.personRef())) {
					attendees.add(people.get(p.personRef()));
				}
			}
			for (Gold.Event g : gold) {
				double score = NameSimilarity.best(names, g.names(), false);
				boolean shared = attendees.stream().anyMatch(g.attendees()::contains);
				score = Math.max(score, shared ? 0.7 : 0.45);
				if (score >= EVENT_THRESHOLD) {
					pairs.add(new Pair(score, !g.optional(), e.ref(), g.ref()));
				}
			}
		}
		greedy(pairs).forEach((system, ref) -> events.put(system, byRef.get(ref)));
	}

	private static Map<String, String> greedy(List<Pair> pairs) {
		pairs.sort(Comparator.comparingDouble((Pair p) -> -Math.round(p.score() * 1e6) / 1e6).thenComparing(p -> p.required() ? 0 : 1)
			.thenComparing(Pair::system).thenComparing(Pair::gold));
		Map<String, String> out = new HashMap<>();
		Set<String> usedGold = new HashSet<>();
		for (Pair p : pairs) {
			if (!out.containsKey(p.system()) && !usedGold.contains(p.gold())) {
				out.put(p.system(), p.gold());
				usedGold.add(p.gold());
			}
		}
		return out;
	}
}
