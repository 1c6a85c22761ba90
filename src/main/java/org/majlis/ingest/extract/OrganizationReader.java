package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;

/**
 * Finds organisations: known ones through the lexicon (full names, short forms, acronyms), and unknown ones
 * as a head noun ("إدارة", "جامعة", "الاتحاد" …) with its genitive complement up to a delimiter. A bare head
 * ("المنظمة") or a head with only generic adjectives ("المنظمة الدولية") is an anaphora, resolved later.
 */
final class OrganizationReader {

	enum Kind {
		KNOWN, HEAD, ANAPHORA
	}

	/**
	 * @param surface the words as written, without the clitic of the first one
	 * @param contextual a generic national name ("الأمن العام") that counts only as the organisation of a title
	 * @param nationalHead true when an organisation found through its head is a state's body ("إدارة …")
	 */
	record OrgHit(int start, int end, Lexicons.OrgEntry entry, String surface, Kind kind, boolean contextual, String headForm, boolean nationalHead) {
	}

	private static final int MAX_COMPLEMENT = 8;

	private final Lexicons lex;

	OrganizationReader(Lexicons lex) {
		this.lex = lex;
	}

	List<OrgHit> read(String text, List<Token> tokens, List<PlaceReader.PlaceHit> places) {
		Map<Integer, PlaceReader.PlaceHit> placeAt = new HashMap<>();
		places.forEach(p -> placeAt.put(p.start(), p));
		List<OrgHit> out = new ArrayList<>();
		Set<String> seenHeads = new HashSet<>();
		int i = 0;
		while (i < tokens.size()) {
			PhraseMatcher.Match<Lexicons.OrgEntry> known = lex.organizations.at(tokens, i);
			OrgHit head = head(text, tokens, i, placeAt, seenHeads);
			OrgHit hit;
			if (head != null && (known == null || head.end() > known.end() && !coordinatedAfter(tokens, known))) {
				hit = head;
			}
			else if (known != null) {
				Lexicons.OrgEntry e = known.value();
				boolean contextual = e.national() && !e.standalone() && known.end() - known.start() < 3;
				hit = new OrgHit(known.start(), known.end(), e, surface(text, tokens, known.start(), known.end(), known.firstForm()), Kind.KNOWN, contextual, null, false);
			}
			else {
				i++;
				continue;
			}
			out.add(hit);
			if (hit.kind() != Kind.ANAPHORA) {
				seenHeads.add(bareFirst(hit.surface()));
				if (hit.entry() != null) {
					seenHeads.add(bareFirst(hit.entry().name()));
					hit.entry().aliases().forEach(a -> seenHeads.add(bareFirst(a)));
				}
			}
			i = hit.end();
		}
		return out;
	}

	/** A known name followed by "و…" ends there: "جهاز الشرطة الخليجية والوفد المرافق" is the known body only. */
	private static boolean coordinatedAfter(List<Token> tokens, PhraseMatcher.Match<Lexicons.OrgEntry> known) {
		return known.end() < tokens.size() && tokens.get(known.end()).folded().startsWith("و") && known.end() - known.start() >= 2;
	}

	private static String bareFirst(String phrase) {
		List<String> words = Tokenizer.words(phrase);
		return words.isEmpty() ? "" : ArabicText.stripClitics(words.get(0));
	}

	private OrgHit head(String text, List<Token> tokens, int i, Map<Integer, PlaceReader.PlaceHit> placeAt, Set<String> seenHeads) {
		PhraseMatcher.Match<Lexicons.Head> head = lex.heads.at(tokens, i);
		if (head == null) {
			return null;
		}
		Token headToken = tokens.get(i);
		boolean definiteHead = headToken.forms().stream().anyMatch(f -> f.startsWith("ال"));
		boolean bareHeadToken = headToken.folded().startsWith("ال");
		if (bareHeadToken && i > 0 && tokens.get(i - 1).word() && tokens.get(i - 1).definite()) {
			return null;
		}
		int j = head.end();
		boolean national = head.value().national();
		if (head.value().placeComplement()) {
			PlaceReader.PlaceHit place = placeAt.get(j);
			if (place == null || !tokens.get(j).folded().equals(place.form())) {
				return null;
			}
			return new OrgHit(i, place.end(), null, surface(text, tokens, i, place.end(), head.firstForm()), Kind.HEAD, false, head.firstForm(), national);
		}
		boolean lastIndefinite = !definiteHead;
		boolean allGeneric = true;
		while (j < tokens.size() && j - head.end() < MAX_COMPLEMENT) {
			Token t = tokens.get(j);
			if (t.is("غير") && j > head.end() && j + 1 < tokens.size() && tokens.get(j + 1).definite() && !boundary(tokens, j + 1)) {
				j += 2;
				lastIndefinite = false;
				continue;
			}
			if (boundary(tokens, j)) {
				break;
			}
			boolean insideComplement = j > head.end() && tokens.get(j - 1).folded().startsWith("لل");
			if (t.folded().startsWith("و") && j - head.end() < 2 && !insideComplement) {
				break;
			}
			PhraseMatcher.Match<Lexicons.OrgEntry> known = lex.organizations.at(tokens, j);
			if (known != null && j > head.end() && known.value().standalone() && t.definite()) {
				allGeneric = false;
				lastIndefinite = false;
				j = known.end();
				continue;
			}
			boolean first = j == head.end();
			boolean definite = t.definite();
			boolean prefixed = !definite && (t.folded().startsWith("و") || t.folded().startsWith("ب") || t.folded().startsWith("ف")) && !lex.givenNames.contains(t.folded());
			boolean accept;
			if (definite) {
				accept = true;
			}
			else if (first) {
				accept = !prefixed && (!definiteHead || t.folded().startsWith("ل"));
			}
			else {
				accept = lastIndefinite && !prefixed && !t.folded().startsWith("ل");
			}
			if (!accept) {
				break;
			}
			if (lex.words.get(t.folded()) != Lexicons.WordKind.GENERIC) {
				allGeneric = false;
			}
			lastIndefinite = !definite;
			j++;
		}
		if (j == head.end()) {
			if (head.value().standalone() && !seenHeads.contains(bareFirst(head.surface()))) {
				return new OrgHit(i, j, null, surface(text, tokens, i, j, head.firstForm()), Kind.HEAD, false, head.firstForm(), national);
			}
			return new OrgHit(i, j, null, surface(text, tokens, i, j, head.firstForm()), Kind.ANAPHORA, false, head.firstForm(), national);
		}
		boolean seen = definiteHead && head.end() - i == 1 && seenHeads.contains(bareFirst(head.surface()));
		Token next = tokens.get(head.end());
		boolean purpose = seen && !next.definite();
		if (allGeneric || purpose) {
			return new OrgHit(i, j, null, surface(text, tokens, i, j, head.firstForm()), Kind.ANAPHORA, false, head.firstForm(), national);
		}
		if (seen && next.folded().startsWith("لل") && lex.organizations.at(tokens, head.end()) == null) {
			return new OrgHit(i, head.end(), null, surface(text, tokens, i, head.end(), head.firstForm()), Kind.ANAPHORA, false, head.firstForm(), national);
		}
		String surface = surface(text, tokens, i, j, head.firstForm());
		Lexicons.OrgEntry same = lex.organizationsByName.get(String.join(" ", Tokenizer.words(surface)));
		return new OrgHit(i, j, same, surface, same != null ? Kind.KNOWN : Kind.HEAD, false, head.firstForm(), national);
	}

	private boolean boundary(List<Token> tokens, int j) {
		Token t = tokens.get(j);
		if (!t.word() || t.number() || t.lineStart()) {
			return true;
		}
		return lex.wordKind(t) == Lexicons.WordKind.STOP || lex.wordKind(t) == Lexicons.WordKind.VERB
				|| lex.ranks.at(tokens, j) != null || lex.titles.at(tokens, j) != null || lex.eventNouns.at(tokens, j) != null
				|| lex.participation.at(tokens, j) != null || lex.months.at(tokens, j) != null;
	}

	static String surface(String text, List<Token> tokens, int start, int end, String firstForm) {
		Token first = tokens.get(start);
		String head = Tokenizer.withoutClitic(first, firstForm);
		return (head + text.substring(first.end(), tokens.get(end - 1).end())).strip();
	}
}
