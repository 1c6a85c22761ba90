package org.majlis.ingest.extract;

import java.util.BitSet;
import java.util.List;

/**
 * Which sentences of an article speak of its main event. A sentence is elsewhere when it follows a change of
 * subject ("وفي سياق آخر") or names only another activity ("حفل تخريج", "مؤتمر صحفي"); facts read there are
 * not the event's.
 */
final class EventScope {

	private static final int SHIFT_WITHIN = 3;

	private final BitSet event = new BitSet();
	private final BitSet elsewhere = new BitSet();

	EventScope(Lexicons lex, EventReader.Input in, List<PhraseMatcher.Match<String>> mainNouns, List<PhraseMatcher.Match<String>> otherNouns) {
		int shift = Integer.MAX_VALUE;
		for (PhraseMatcher.Match<Boolean> m : lex.topicShifts.findAll(in.tokens())) {
			SentenceSplitter.Sentence s = sentenceOf(in, m.start());
			int first = firstToken(in, s);
			if (m.start() - first < SHIFT_WITHIN) {
				shift = Math.min(shift, s.index());
			}
		}
		if (shift != Integer.MAX_VALUE) {
			elsewhere.set(shift, Math.max(shift + 1, in.sentences().size()));
		}
		BitSet named = new BitSet();
		mainNouns.forEach(n -> named.set(sentenceOf(in, n.start()).index()));
		for (PhraseMatcher.Match<String> other : otherNouns) {
			int s = sentenceOf(in, other.start()).index();
			if (!named.get(s)) {
				elsewhere.set(s);
			}
		}
		event.or(named);
		event.andNot(elsewhere);
	}

	/** True when the sentence names the main event. */
	boolean names(int sentence) {
		return event.get(sentence);
	}

	/** True when the sentence may speak of the main event. */
	boolean about(int sentence) {
		return !elsewhere.get(sentence);
	}

	boolean aboutToken(EventReader.Input in, int token) {
		return about(sentenceOf(in, token).index());
	}

	boolean namesToken(EventReader.Input in, int token) {
		return names(sentenceOf(in, token).index());
	}

	static SentenceSplitter.Sentence sentenceOf(EventReader.Input in, int token) {
		return SentenceSplitter.at(in.sentences(), in.tokens().get(token).start());
	}

	private static int firstToken(EventReader.Input in, SentenceSplitter.Sentence s) {
		for (Token t : in.tokens()) {
			if (t.start() >= s.start()) {
				return t.index();
			}
		}
		return in.tokens().size();
	}
}
