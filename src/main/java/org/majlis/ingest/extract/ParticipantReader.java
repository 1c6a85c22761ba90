package org.majlis.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads who took part in the main event: the subject or object of a participation verb ("شارك", "بحضور",
 * "ترأس") and the people coordinated with it, or everyone a reception sentence names ("استقبل X في مكتبه Y").
 * Sentences about something else (see {@link EventScope}) are not read.
 */
final class ParticipantReader {

	private static final int MAX_GAP = 6;
	private static final Set<String> LINKS = Set.of("في", "هذا", "هذه", "اعمال", "اشغال", "فعاليات", "وفد", "الوفد", "كل", "من");

	private final Lexicons lex;

	ParticipantReader(Lexicons lex) {
		this.lex = lex;
	}

	List<Participant> read(EventReader.Input in, EventScope scope) {
		Map<String, Participant> out = new LinkedHashMap<>();
		List<Token> tokens = in.tokens();
		for (PhraseMatcher.Match<Lexicons.Participation> trigger : lex.participation.findAll(tokens)) {
			SentenceSplitter.Sentence sentence = EventScope.sentenceOf(in, trigger.start());
			if (!scope.about(sentence.index())) {
				continue;
			}
			EventReader.Actor previous = null;
			int gap = MAX_GAP;
			for (EventReader.Actor a : in.actors()) {
				if (!sentence.contains(tokens.get(a.start()).start())) {
					continue;
				}
				if (PersonReader.deputising(tokens, a.start())) {
					gap += a.end() - a.start() + 3;
					continue;
				}
				boolean take;
				if (trigger.value().wholeSentence() && (a.start() >= trigger.end() || a.end() <= trigger.start() && adjacentBefore(tokens, a, trigger))) {
					take = true;
				}
				else if (previous == null) {
					take = adjacentBefore(tokens, a, trigger)
							|| a.start() >= trigger.end() && a.start() <= trigger.end() + gap && clear(tokens, trigger.end(), a.start());
				}
				else {
					int from = afterOrganisations(in, previous.end());
					take = a.start() >= from && a.start() <= from + 1 && chained(tokens, from, a.start());
				}
				if (take) {
					add(out, a, trigger.value().role(), sentence);
					previous = a;
				}
				else if (previous != null && !trigger.value().wholeSentence()) {
					break;
				}
			}
		}
		return List.copyOf(out.values());
	}

	/** Skips an organisation that closes an office ("مدير إدارة التعاون الدولي بوزارة الداخلية"). */
	private static int afterOrganisations(EventReader.Input in, int from) {
		int j = from;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (EventReader.Located org : in.organizations()) {
				if (org.start() == j && org.end() > j) {
					j = org.end();
					moved = true;
				}
			}
		}
		return j;
	}

	private static void add(Map<String, Participant> out, EventReader.Actor a, String role, SentenceSplitter.Sentence sentence) {
		String key = a.personRef() != null ? a.personRef() : a.role().title() + "|" + a.role().organizationRef();
		double confidence = a.personRef() != null ? 1.0 : 0.7;
		out.putIfAbsent(key, new Participant(a.personRef(), a.personRef() == null ? a.role() : null, role,
				new Evidence(sentence.text(), sentence.start(), sentence.end(), confidence)));
	}

	private static boolean adjacentBefore(List<Token> tokens, EventReader.Actor a, PhraseMatcher.Match<?> trigger) {
		return a.end() == trigger.start() || a.end() == trigger.start() - 1 && !tokens.get(a.end()).word();
	}

	/** Between a verb and its subject only the event ("حضر المؤتمر", "شارك في أعمال هذا الاجتماع"), a pronoun or a comma. */
	private boolean clear(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			Token t = tokens.get(k);
			if (!t.word()) {
				if (!t.is("،")) {
					return false;
				}
				continue;
			}
			Lexicons.WordKind kind = lex.wordKind(t);
			boolean deputy = PersonReader.DEPUTISING.contains(t.folded()) || t.is("عن") && k > 0 && PersonReader.DEPUTISING.contains(tokens.get(k - 1).folded());
			boolean allowed = kind == null || kind == Lexicons.WordKind.GENERIC || LINKS.contains(t.folded()) || deputy || lex.eventNouns.at(tokens, k) != null;
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	private static boolean chained(List<Token> tokens, int from, int to) {
		if (from == to) {
			return tokens.get(to).folded().startsWith("و");
		}
		Token between = tokens.get(from);
		return to - from == 1 && (between.is("،") || between.is("و") || between.is(","));
	}
}
