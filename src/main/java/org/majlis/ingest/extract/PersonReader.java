package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people: names after ranks and honorifics ("الفريق أول معالي الشيخ …"), after an office ("رئيس
 * الإنتربول أحمد …"), or before an office in apposition ("عبد اللطيف حموشي، المدير العام للأمن الوطني").
 * Offices seen without a name become role mentions ("حضر المؤتمر رئيس المنظمة الدولية للشرطة الجنائية").
 */
final class PersonReader {

	/** @param start first token of the whole mention (ranks, office) and {@code end} its end */
	record PersonHit(int start, int end, int nameStart, int nameEnd, List<String> ranks, TitleReader.TitleHit title) {
	}

	record RoleHit(int start, int end, TitleReader.TitleHit title) {
	}

	record Result(List<PersonHit> people, List<RoleHit> roles) {
	}

	private static final int MAX_NAME = 6;
	static final Set<String> DEPUTISING = Set.of("نيابه", "بالنيابه", "ممثلا", "ممثله", "ممثلين");
	private static final Set<String> GLUE = Set.of("عبد", "ابو", "بن", "ابن", "بنت", "ام");
	private static final Set<String> SKIP_AFTER_TITLE = Set.of("،", ",", "\"", "“", "”", "«", "»", "(", ")", "’", "‘", "'");

	private final Lexicons lex;

	PersonReader(Lexicons lex) {
		this.lex = lex;
	}

	Result read(List<Token> tokens, TitleReader titles, BitSet blocked) {
		List<PersonHit> people = new ArrayList<>();
		List<RoleHit> roles = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			List<String> ranks = new ArrayList<>();
			int afterRanks = readRanks(tokens, i, ranks);
			TitleReader.TitleHit title = titles.at(tokens, afterRanks);
			if (title != null) {
				i = office(tokens, i, title, titles, blocked, people, roles);
				continue;
			}
			PhraseMatcher.Match<Lexicons.Participation> trigger = afterRanks == i ? lex.participation.at(tokens, i) : null;
			int nameStart = trigger != null ? trigger.end() : afterRanks;
			if (afterRanks > i || trigger != null) {
				int nameEnd = readName(tokens, nameStart, blocked, afterRanks > i);
				TitleReader.TitleHit apposition = nameEnd > 0 ? apposition(tokens, nameEnd, titles) : null;
				if (nameEnd > 0 && (afterRanks > i || apposition != null)) {
					int end = apposition != null ? apposition.end() : nameEnd;
					people.add(new PersonHit(trigger != null ? nameStart : i, end, nameStart, nameEnd, ranks, apposition));
					end = furtherOffices(tokens, end, nameStart, nameEnd, titles, people);
					i = end;
					continue;
				}
				i = Math.max(i + 1, afterRanks);
				continue;
			}
			i++;
		}
		return new Result(people, roles);
	}

	/** An office with its organisation right after a name, or after a comma: "X، مدير إدارة …". */
	private static TitleReader.TitleHit apposition(List<Token> tokens, int nameEnd, TitleReader titles) {
		int k = nameEnd;
		if (k < tokens.size() && tokens.get(k).is("،")) {
			k++;
		}
		TitleReader.TitleHit title = titles.at(tokens, k);
		return title != null && title.org() != null ? title : null;
	}

	/** A second office held by the same person right after the first ("نائب رئيس مجلس الوزراء وزير الداخلية"). */
	private static int furtherOffices(List<Token> tokens, int end, int nameStart, int nameEnd, TitleReader titles, List<PersonHit> people) {
		int j = end;
		TitleReader.TitleHit next;
		while (j > nameEnd && (next = titles.at(tokens, j)) != null && next.org() != null && next.end() > j) {
			people.add(new PersonHit(j, next.end(), nameStart, nameEnd, List.of(), next));
			j = next.end();
		}
		return j;
	}

	private int office(List<Token> tokens, int start, TitleReader.TitleHit title, TitleReader titles, BitSet blocked,
			List<PersonHit> people, List<RoleHit> roles) {
		int j = title.end();
		while (j < tokens.size() && SKIP_AFTER_TITLE.contains(tokens.get(j).folded())) {
			j++;
		}
		if (title.org() != null && title.org().entry() != null) {
			PhraseMatcher.Match<Lexicons.OrgEntry> again = lex.organizations.at(tokens, j);
			if (again != null && again.value() == title.org().entry()) {
				j = again.end();
				while (j < tokens.size() && SKIP_AFTER_TITLE.contains(tokens.get(j).folded())) {
					j++;
				}
			}
		}
		if (deputising(tokens, start)) {
			if (title.org() != null) {
				roles.add(new RoleHit(start, title.end(), title));
			}
			return Math.max(title.end(), start + 1);
		}
		List<String> ranks = new ArrayList<>();
		boolean coordinated = j < tokens.size() && (tokens.get(j).is("و") || tokens.get(j).folded().startsWith("و") && lex.ranks.at(tokens, j) != null);
		int afterRanks = readRanks(tokens, j, ranks);
		int nameEnd = !coordinated && (title.org() != null || afterRanks > j) ? readName(tokens, afterRanks, blocked, afterRanks > j || title.org() != null) : -1;
		if (nameEnd > 0) {
			people.add(new PersonHit(start, nameEnd, afterRanks, nameEnd, ranks, title.org() != null ? title : null));
			return nameEnd;
		}
		if (title.org() != null && title.start() >= 2 && tokens.get(title.start() - 1).is("،")) {
			int nameStart = readNameBackward(tokens, title.start() - 2, blocked);
			if (nameStart >= 0 && people.stream().noneMatch(p -> p.end() > nameStart)) {
				people.add(new PersonHit(nameStart, title.end(), nameStart, title.start() - 1, List.of(), title));
				return title.end();
			}
		}
		if (title.org() != null) {
			roles.add(new RoleHit(start, title.end(), title));
		}
		return Math.max(title.end(), start + 1);
	}

	/** "نيابة عن وزير الداخلية، اللواء X": the office is the one X stands in for, not X's own. */
	static boolean deputising(List<Token> tokens, int titleStart) {
		return titleStart >= 2 && tokens.get(titleStart - 1).is("عن") && DEPUTISING.contains(tokens.get(titleStart - 2).folded());
	}

	private int readRanks(List<Token> tokens, int i, List<String> ranks) {
		int j = i;
		PhraseMatcher.Match<String> rank;
		while ((rank = lex.ranks.at(tokens, j)) != null) {
			ranks.add(rank.value());
			j = rank.end();
			if (j < tokens.size() && tokens.get(j).is(".")) {
				j++;
			}
		}
		return j;
	}

	private boolean stops(List<Token> tokens, int k, BitSet blocked) {
		Token t = tokens.get(k);
		if (!t.word() || t.number() || blocked.get(k)) {
			return true;
		}
		Lexicons.WordKind kind = lex.wordKind(t);
		if (kind == Lexicons.WordKind.STOP || kind == Lexicons.WordKind.VERB) {
			return true;
		}
		return lex.ranks.at(tokens, k) != null || lex.titles.at(tokens, k) != null || lex.titleOrganizations.at(tokens, k) != null
				|| lex.eventNouns.at(tokens, k) != null
				|| lex.participation.at(tokens, k) != null || lex.months.at(tokens, k) != null;
	}

	private boolean conjunction(Token t) {
		return t.folded().startsWith("و") && t.folded().length() > 2 && !lex.givenNames.contains(t.folded());
	}

	/**
	 * The end of a name starting at {@code j}, or -1: 2 to 6 words, ending at a family name in "ال"/"آل". After a
	 * rank a given name wins over a homograph function word ("العقيد علي" is a name, not "على").
	 */
	int readName(List<Token> tokens, int j, BitSet blocked, boolean afterRank) {
		if (j >= tokens.size()) {
			return -1;
		}
		boolean givenAfterRank = afterRank && lex.givenNames.contains(tokens.get(j).folded()) && !tokens.get(j).text().endsWith("ى") && !blocked.get(j);
		if (!givenAfterRank && stops(tokens, j, blocked)) {
			return -1;
		}
		Token first = tokens.get(j);
		if (first.definite() || conjunction(first) || GLUE.contains(first.folded()) && !first.is("عبد") && !first.is("ابو")) {
			return -1;
		}
		if (lex.words.get(first.folded()) == Lexicons.WordKind.GENERIC) {
			return -1;
		}
		int k = j;
		while (k < tokens.size() && k - j < MAX_NAME) {
			Token t = tokens.get(k);
			boolean givenInside = k > j && lex.givenNames.contains(t.folded()) && t.text().endsWith("ي") && !t.lineStart();
			if (k > j && !givenInside && (stops(tokens, k, blocked) || conjunction(t) || t.lineStart())) {
				break;
			}
			k++;
			if (t.is("ال") && k < tokens.size() && tokens.get(k).word()) {
				k++;
				break;
			}
			boolean glued = k - 2 >= j && GLUE.contains(tokens.get(k - 2).folded());
			if (k - 1 > j && t.definite() && !glued) {
				break;
			}
		}
		return k - j >= 2 ? k : -1;
	}

	/** The start of a name ending at token {@code k} (inclusive), read leftwards, or -1. */
	int readNameBackward(List<Token> tokens, int k, BitSet blocked) {
		int s = k;
		while (s >= 0 && k - s < 4 && !stops(tokens, s, blocked) && !tokens.get(s).folded().startsWith("و")) {
			if (tokens.get(s).lineStart()) {
				s--;
				break;
			}
			s--;
		}
		int start = s + 1;
		for (int m = k - 1; m >= start; m--) {
			boolean glued = m > start && GLUE.contains(tokens.get(m - 1).folded());
			if (tokens.get(m).definite() && !glued) {
				start = m + 1;
				break;
			}
		}
		if (start <= k && tokens.get(start).definite()) {
			start++;
		}
		return k - start + 1 >= 2 ? start : -1;
	}
}
