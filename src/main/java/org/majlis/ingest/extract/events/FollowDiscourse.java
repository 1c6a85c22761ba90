package org.majlis.ingest.extract.events;

import java.util.EnumSet;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;

/**
 * Which event each sentence reports: the one its verb of meeting names, else the first it mentions (not one it is
 * only on the margins or in the frame of: "على هامش", "في إطار"), else the one of a part it names ("الجلسة
 * الافتتاحية"), else the one the sentence before was about, else the article's first. Sentences from a change of
 * subject on ("وفي سياق آخر") report none of the article's events.
 */
public final class FollowDiscourse implements Stage {

	private static final int SHIFT_WITHIN = 3;

	private final Lexicons lex;

	public FollowDiscourse(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.EVENTS);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.DISCOURSE);
	}

	@Override
	public void apply(ArticleContext a) {
		a.governing = governing(a, shiftSentence(a));
	}

	private EventDraft[] governing(ArticleContext a, int shift) {
		EventDraft[] out = new EventDraft[a.sentences.size()];
		EventDraft current = null;
		for (int s = 0; s < a.sentences.size() && s < shift && !a.events.isEmpty(); s++) {
			EventDraft own = ownEvent(a, s);
			EventDraft antecedent = own == null && s > 0 && opensWithRelative(a, lex, s) ? lastNamed(a, s - 1) : null;
			current = own != null ? own : antecedent != null ? antecedent : current;
			out[s] = current != null ? current : a.events.getFirst();
		}
		return out;
	}

	private EventDraft ownEvent(ArticleContext a, int sentence) {
		EventDraft verb = null;
		int verbAt = Integer.MAX_VALUE;
		for (var entry : a.verbEvents.entrySet()) {
			if (a.sentenceIndex(entry.getKey()) == sentence && entry.getKey() < verbAt && a.events.contains(entry.getValue())) {
				verb = entry.getValue();
				verbAt = entry.getKey();
			}
		}
		if (verb != null) {
			return verb;
		}
		EventDraft part = null;
		for (EventHit hit : a.eventHits) {
			if (a.sentenceIndex(hit.start()) != sentence || hit.event() == null || !a.events.contains(hit.event())) {
				continue;
			}
			if (hit.part()) {
				part = part == null ? hit.event() : part;
				continue;
			}
			if (!linked(a, hit.start())) {
				return hit.event();
			}
		}
		return part;
	}

	/** "والتي تنظمها الجامعة …": the sentence goes on about a noun of the sentence before. */
	static boolean opensWithRelative(ArticleContext a, Lexicons lex, int sentence) {
		int first = a.firstToken(sentence);
		return first < a.tokens.size() && a.sentenceIndex(first) == sentence && lex.functions.has(a.tokens.get(first), FunctionWords.Role.RELATIVE);
	}

	/** The event named last in a sentence, its antecedent for a relative clause that follows. */
	private static EventDraft lastNamed(ArticleContext a, int sentence) {
		EventDraft last = null;
		for (EventHit hit : a.eventHits) {
			if (a.sentenceIndex(hit.start()) == sentence && hit.event() != null && !hit.part() && a.events.contains(hit.event())) {
				last = hit.event();
			}
		}
		return last;
	}

	/** The event mention follows "على هامش", "في إطار" or "ضمن": the sentence reports something else. */
	private boolean linked(ArticleContext a, int start) {
		for (int k = Math.max(0, start - 2); k < start; k++) {
			PhraseMatcher.Match<String> link = lex.events.links.at(a.tokens, k);
			if (link != null && (link.value().equals("side") || link.value().equals("frame")) && link.end() >= start - 1) {
				return true;
			}
		}
		return false;
	}

	/** The first sentence after a change of subject ("وفي سياق آخر") near its start, or the number of sentences. */
	private int shiftSentence(ArticleContext a) {
		int shift = a.sentences.size();
		for (PhraseMatcher.Match<Boolean> m : lex.events.topicShifts.findAll(a.tokens)) {
			int s = a.sentenceIndex(m.start());
			if (m.start() - a.firstToken(s) < SHIFT_WITHIN && m.start() >= a.bodyStart) {
				shift = Math.min(shift, s);
			}
		}
		return shift;
	}
}
