package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.event.EventKind;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;

/**
 * A visit is one gathering however often the article names it: the reception of the visitors "خلال زيارتهم الرسمية"
 * is the visit, and a later "رحب الوزير بزيارة الوفد" or "أعرب عن ترحيبه بزيارة وزير …" repeats it. So a reception or
 * meeting whose sentence names a visit is that visit, and a later visit reported as happening (not past, not
 * planned) to no other country is the same one. A visit to another country stays an event of its own, and so does
 * one the text puts on a later day ("وفي اليوم الموالي، قام … بزيارة للمعهد …"), as the next day's meeting does.
 */
final class OneVisit {

	/** How many sentences after a reception the visit it belongs to may be named. */
	private static final int VISIT_FOLLOWS = 2;

	private final Lexicons lex;

	OneVisit(Lexicons lex) {
		this.lex = lex;
	}

	void apply(ArticleContext a) {
		receptionsDuringVisits(a);
		receptionsBeforeVisits(a);
		EventDraft visit = null;
		for (EventDraft e : new ArrayList<>(a.events)) {
			if (e.kind != EventKind.VISIT || e.tense != null || e.sideOf != null) {
				continue;
			}
			if (visit == null) {
				visit = e;
			}
			else if (e.origin == EventDraft.Origin.NOUN && sameCountry(a, visit, e) && !laterDay(a, e)) {
				merge(a, e, visit);
			}
		}
	}

	/** "استقبل … خلال زيارتهما الرسمية إلى القاهرة": a reception whose sentence names a visit is the visit. */
	private void receptionsDuringVisits(ArticleContext a) {
		List<PhraseMatcher.Match<EventLexicon.Noun>> nouns = lex.events.nouns.findAll(a.tokens);
		for (EventDraft e : a.events) {
			if (e.origin != EventDraft.Origin.MEETING_VERB || e.tense != null) {
				continue;
			}
			int sentence = a.sentenceIndex(e.anchor);
			boolean visitNamed = nouns.stream()
				.anyMatch(n -> "VISIT".equals(n.value().kind()) && n.start() > e.anchor && a.sentenceIndex(n.start()) == sentence);
			if (visitNamed) {
				e.kind = EventKind.VISIT;
			}
		}
	}

	/**
	 * "استقبل الوزير … نظيره السعودي … وتأتي زيارة صاحب السمو للعراق …": a reception the next sentences go on to call a
	 * visit (reported as happening, to the same country, with no other event reported between them) is that visit.
	 */
	private void receptionsBeforeVisits(ArticleContext a) {
		for (EventDraft reception : new ArrayList<>(a.events)) {
			if (!reception.reception || reception.kind == EventKind.VISIT || reception.tense != null || !a.events.contains(reception)) {
				continue;
			}
			int sentence = a.sentenceIndex(reception.anchor);
			EventDraft next = a.events.stream().filter(e -> e != reception && e.anchor > reception.anchor)
				.min((x, y) -> Integer.compare(x.anchor, y.anchor)).orElse(null);
			if (next != null && next.kind == EventKind.VISIT && next.origin == EventDraft.Origin.NOUN && next.tense == null
					&& next.sideOf == null && a.sentenceIndex(next.anchor) - sentence <= VISIT_FOLLOWS && sameCountry(a, reception, next)
					&& !laterDay(a, next)) {
				reception.kind = EventKind.VISIT;
				merge(a, next, reception);
			}
		}
	}

	/** The event's sentence puts it days after the one reported before ("وفي اليوم التالي، …") before naming it. */
	private boolean laterDay(ArticleContext a, EventDraft e) {
		return lex.dates.followingDays(a.tokens, a.firstToken(a.sentenceIndex(e.anchor)), e.anchor) != null;
	}

	/** The countries of the places each event's mentions and sentences name do not differ. */
	private static boolean sameCountry(ArticleContext a, EventDraft one, EventDraft other) {
		Set<String> first = countries(a, one);
		Set<String> second = countries(a, other);
		return first.isEmpty() || second.isEmpty() || first.containsAll(second) || second.containsAll(first);
	}

	private static Set<String> countries(ArticleContext a, EventDraft e) {
		Set<Integer> sentences = new HashSet<>();
		sentences.add(a.sentenceIndex(e.anchor));
		e.mentions.forEach(m -> sentences.add(a.sentenceIndex(m.start())));
		Set<String> out = new HashSet<>();
		for (PlaceHit p : a.places) {
			if (p.entry() != null && sentences.contains(a.sentenceIndex(p.start()))) {
				String country = p.entry().country();
				out.add(country != null && !country.isEmpty() ? country : p.entry().key());
			}
		}
		return out;
	}

	/** Moves every mention, name and reference of one event to another, and drops it (also for a meeting told again). */
	static void merge(ArticleContext a, EventDraft from, EventDraft to) {
		to.mentions.addAll(from.mentions);
		to.families.add(from.family);
		to.families.addAll(from.families);
		if (from.name != null && !from.name.equals(to.name) && !to.aliases.contains(from.name)) {
			to.aliases.add(from.name);
		}
		List<EventHit> hits = new ArrayList<>();
		for (EventHit hit : a.eventHits) {
			hits.add(hit.event() == from
					? new EventHit(hit.start(), hit.end(), to, hit.part(), hit.bare(), hit.family(), hit.kind(), hit.name())
					: hit);
		}
		a.eventHits = hits;
		for (Map.Entry<Integer, EventDraft> verb : a.verbEvents.entrySet()) {
			if (verb.getValue() == from) {
				verb.setValue(to);
			}
		}
		a.events.forEach(e -> {
			if (e.sideOf == from) {
				e.sideOf = to;
			}
		});
		a.events.remove(from);
	}
}
