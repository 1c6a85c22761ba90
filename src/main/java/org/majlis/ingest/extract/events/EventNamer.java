package org.majlis.ingest.extract.events;

import java.util.List;

import org.majlis.event.EventKind;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/** Reads an event's ordinal ("الدورة 93", "الـ 20", "السابع والأربعون") and composes its English name. */
public final class EventNamer {

	private final Lexicons lex;

	EventNamer(Lexicons lex) {
		this.lex = lex;
	}

	/** The token after the ordinal that follows an event noun at {@code j}, or {@code j} when there is none. */
	int ordinalEnd(List<Token> tokens, int j) {
		return (int) (read(tokens, j) >> 32);
	}

	/** The ordinal's value, or 0. */
	int ordinal(List<Token> tokens, int j) {
		return (int) read(tokens, j);
	}

	/** End token in the high half, value in the low half. */
	private long read(List<Token> tokens, int j) {
		int k = j;
		if (k < tokens.size() && tokens.get(k).is("ال")) {
			k++;
		}
		if (k < tokens.size() && tokens.get(k).number() && tokens.get(k).folded().length() <= 3 && !counted(tokens, k + 1)) {
			return ((long) (k + 1) << 32) | tokens.get(k).intValue();
		}
		PhraseMatcher.Match<Integer> unit = lex.events.ordinals.at(tokens, j);
		if (unit == null || !tokens.get(j).definite()) {
			return (long) j << 32;
		}
		int value = unit.value();
		int end = unit.end();
		PhraseMatcher.Match<Integer> next = lex.events.ordinals.at(tokens, end);
		if (next != null) {
			String kind = lex.events.ordinalKinds.get(tokens.get(end).forms().stream().filter(lex.events.ordinalKinds::containsKey).findFirst().orElse(""));
			if ("teen".equals(kind) || "tens".equals(kind) && tokens.get(end).folded().startsWith("و")) {
				value += next.value();
				end = next.end();
			}
		}
		return ((long) end << 32) | value;
	}

	/** "القمة 200 متحدث": a number before an indefinite noun counts it; it is no ordinal. */
	private boolean counted(List<Token> tokens, int next) {
		if (next >= tokens.size()) {
			return false;
		}
		Token t = tokens.get(next);
		return t.word() && !t.number() && !t.definite() && !t.folded().startsWith("ل") && !t.lineStart() && lex.words.kind(t) == null;
	}

	/** "93rd General Assembly", "Meeting". */
	public static String english(EventKind kind, int ordinal) {
		String label = switch (kind) {
			case MEETING -> "Meeting";
			case CONFERENCE -> "Conference";
			case GENERAL_ASSEMBLY -> "General Assembly";
			case VISIT -> "Visit";
			case WORKSHOP -> "Workshop";
			case OTHER -> "Event";
		};
		return ordinal > 0 ? withSuffix(ordinal) + " " + label : label;
	}

	static String withSuffix(int n) {
		int lastTwo = n % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (n % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return n + suffix;
	}
}
