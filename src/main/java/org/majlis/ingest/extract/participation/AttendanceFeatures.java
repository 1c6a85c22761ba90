package org.majlis.ingest.extract.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * The cues that bear on whether a person named in an article took part in one of its events, as numbers for the
 * learned attendance decision: whether the sentences naming them report that event, where in the article they are
 * named, what kind of event it is, and the words around the name ({@code lexicon/attendance-cues.tsv}: a patron, a
 * person thanked or represented, an earlier occasion). Features are named; one absent is zero. Whether a construction
 * of participation ({@link LinkParticipants}) ties the person is not one of them: that link is the rules' own
 * decision, and a model that leans on it learns how well the rules fit the texts they were written from, which is
 * not how well they read news they were not.
 */
final class AttendanceFeatures {

	/** How far before a name a cue of the side "before" may stand, in tokens. */
	private static final int CUE_BEFORE = 6;
	/** How far after a name a cue of the side "after" may stand, in tokens. */
	private static final int CUE_AFTER = 3;

	private final Lexicons lex;

	AttendanceFeatures(Lexicons lex) {
		this.lex = lex;
	}

	/** What one article offers every candidate: its cue words, found once. */
	final class Article {

		final ArticleContext a;
		final List<PhraseMatcher.Match<EventLexicon.Cue>> cues;
		final List<EventDraft> events;

		Article(ArticleContext a) {
			this.a = a;
			this.cues = lex.events.attendanceCues.findAll(a.tokens);
			this.events = a.events;
		}

		/** What one person offers every event of the article: where they are named and the cues around, read once. */
		final class Person {

			final String ref;
			final List<Actor> body;
			final Map<String, Double> own = new TreeMap<>();

			Person(String ref) {
				this.ref = ref;
				List<Actor> mentions = mentions(ref);
				this.body = mentions.stream().filter(m -> m.start() >= a.bodyStart).toList();
				placeFeatures(own, mentions, body);
				cueFeatures(own, body);
			}
		}

		Person person(String personRef) {
			return new Person(personRef);
		}

		/** The features of one person and one event. */
		Map<String, Double> of(Person person, EventDraft event) {
			Map<String, Double> f = new TreeMap<>(person.own);
			discourseFeatures(f, event, person.body);
			eventFeatures(f, event, person.ref);
			return f;
		}

		private List<Actor> mentions(String personRef) {
			List<Actor> out = new ArrayList<>();
			for (Actor actor : a.actors) {
				if (personRef.equals(actor.personRef())) {
					out.add(actor);
				}
			}
			return out;
		}

		/** Whether the sentences that name the person report this event (FollowDiscourse), or name it. */
		private void discourseFeatures(Map<String, Double> f, EventDraft event, List<Actor> body) {
			if (body.isEmpty()) {
				put(f, "named.headline-only");
				return;
			}
			int governed = 0;
			int together = 0;
			int nearest = Integer.MAX_VALUE;
			for (Actor m : body) {
				int s = a.sentenceIndex(m.start());
				if (s < a.governing.length && a.governing[s] == event) {
					governed++;
				}
				if (event.mentionedIn(a, s)) {
					together++;
				}
				nearest = Math.min(nearest, distance(event, s));
			}
			if (governed > 0) {
				put(f, "governed");
				f.put("governed.share", (double) governed / body.size());
				if (governed == body.size()) {
					put(f, "governed.all");
				}
			}
			int first = a.sentenceIndex(body.getFirst().start());
			if (first < a.governing.length && a.governing[first] == event) {
				put(f, "governed.first");
			}
			if (together > 0) {
				put(f, "together");
			}
			put(f, "distance=" + Math.min(nearest, 3));
		}

		private int distance(EventDraft event, int sentence) {
			int best = Math.abs(a.sentenceIndex(event.anchor) - sentence);
			for (EventDraft.Mention m : event.mentions) {
				best = Math.min(best, Math.abs(a.sentenceIndex(m.start()) - sentence));
			}
			return best;
		}

		/** Where the person is named: the headline, the lead sentence, how often. */
		private void placeFeatures(Map<String, Double> f, List<Actor> mentions, List<Actor> body) {
			if (mentions.stream().anyMatch(m -> m.start() < a.bodyStart)) {
				put(f, "named.headline");
			}
			int lead = a.sentenceIndex(Math.min(a.bodyStart, a.tokens.size() - 1));
			if (body.stream().anyMatch(m -> a.sentenceIndex(m.start()) == lead)) {
				put(f, "named.lead");
			}
			f.put("named.times", Math.log1p(mentions.size()));
			String name = a.peopleRegistry.name(mentions.getFirst().personRef());
			put(f, "person.name-words=" + Math.min(Tokenizer.words(name == null ? "" : name).size(), 4));
			if (!body.isEmpty() && body.getFirst().rule() != null) {
				put(f, "found=" + body.getFirst().rule().replaceAll(" with office in apposition", ""));
			}
		}

		private void eventFeatures(Map<String, Double> f, EventDraft event, String personRef) {
			int index = events.indexOf(event);
			put(f, "events=" + Math.min(events.size(), 3));
			if (index == 0) {
				put(f, "event.first");
			}
			put(f, "event.origin=" + event.origin.name().toLowerCase());
			put(f, "event.kind=" + event.kind.name().toLowerCase());
			int words = Tokenizer.words(event.name == null ? "" : event.name).size();
			put(f, "event.name-words=" + Math.min(words, 3));
			f.put("event.mentions", Math.log1p(event.mentions.size()));
			if (event.tense != null) {
				put(f, "event.tense=" + event.tense);
			}
			if (event.sideOf != null) {
				put(f, "event.side");
			}
			if (personRef.equals(event.hostRef)) {
				put(f, "event.host");
			}
			long others = event.attendees.values().stream().filter(p -> p.personRef() != null && !p.personRef().equals(personRef)).count();
			f.put("event.others", Math.log1p(others));
		}

		/** The cue words before, after or around the person's names in the body. */
		private void cueFeatures(Map<String, Double> f, List<Actor> body) {
			for (Actor m : body) {
				int sentence = a.sentenceIndex(m.start());
				for (PhraseMatcher.Match<EventLexicon.Cue> cue : cues) {
					if (a.sentenceIndex(cue.start()) != sentence) {
						continue;
					}
					boolean near = switch (cue.value().side()) {
						case "before" -> cue.end() <= m.start() && m.start() - cue.end() <= CUE_BEFORE && noActorBetween(cue.end(), m.start());
						case "after" -> cue.start() >= m.end() && cue.start() - m.end() <= CUE_AFTER;
						default -> true;
					};
					if (near) {
						f.put("cue=" + cue.value().kind(), 1.0);
					}
				}
			}
		}

		private boolean noActorBetween(int from, int to) {
			return a.actors.stream().noneMatch(x -> x.start() >= from && x.end() <= to);
		}
	}

	Article of(ArticleContext a) {
		return new Article(a);
	}

	private static void put(Map<String, Double> f, String name) {
		f.put(name, 1.0);
	}
}
