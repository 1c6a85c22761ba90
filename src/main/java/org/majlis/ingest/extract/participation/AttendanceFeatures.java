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

/**
 * The cues that bear on whether a person named in an article took part in one of its events, as numbers for the
 * learned attendance decision: whether the sentences naming them report that event (FollowDiscourse) or name it, how
 * far they are from it, how many events the article reports, and the words around the name
 * ({@code lexicon/attendance-cues.tsv}: a patron, a person thanked or represented, an earlier occasion). Features are
 * named; one absent is zero. They are cues of the pair: cues of the person alone (where and how often they are named,
 * how they were found) or of the event alone (its kind, its name, whether it is the first) were weighed too until
 * cross-validation by outlet showed that each of them made the decision worse on the outlets it was not trained on
 * (docs/ingestion.md, "The learned attendance decision"). Whether a construction of participation
 * ({@link LinkParticipants}) ties the person is not one of them: that link is the rules' own decision, and a model
 * that leans on it learns how well the rules fit the texts they were written from, which is not how well they read
 * news they were not.
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

		Article(ArticleContext a) {
			this.a = a;
			this.cues = lex.events.attendanceCues.findAll(a.tokens);
		}

		/** What one person offers every event of the article: their names in the body and the cue words around them, read once. */
		final class Person {

			final List<Actor> body;
			final Map<String, Double> own = new TreeMap<>();

			Person(String ref) {
				this.body = mentions(ref).stream().filter(m -> m.start() >= a.bodyStart).toList();
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
			put(f, "events=" + Math.min(a.events.size(), 3));
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
