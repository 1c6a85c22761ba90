package org.majlis.ingest.extract.organizations;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.OrgHit.Kind;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Finds organisations: known ones through the lexicon (full names, short forms, acronyms), and unknown ones as a
 * head noun ("إدارة", "جامعة", "الاتحاد" …) with its genitive complement up to a delimiter. A bare head ("المنظمة")
 * or a head with only generic adjectives ("المنظمة الدولية") is an anaphora, resolved later. A name keeps its gloss
 * or acronym in brackets ("جهاز الشرطة الأفريقية (أفريبول)") and the country that qualifies it ("الإيطالية",
 * "بدولة الكويت"); an organisation named right after another with "ب", "في" or "التابع لـ" is its parent.
 */
public final class FindOrganizations implements Stage {

	private static final int MAX_COMPLEMENT = 8;

	private final Lexicons lex;
	private final OrganizationNames names;

	public FindOrganizations(Lexicons lex) {
		this.lex = lex;
		this.names = new OrganizationNames(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.ORGANIZATIONS);
	}

	@Override
	public void apply(ArticleContext a) {
		Map<Integer, PlaceHit> placeAt = new HashMap<>();
		a.places.forEach(p -> placeAt.put(p.start(), p));
		List<OrgHit> out = new ArrayList<>();
		Set<String> seenHeads = new HashSet<>();
		List<Token> tokens = a.tokens;
		int i = 0;
		while (i < tokens.size()) {
			OrgHit hit = at(a, i, placeAt, seenHeads);
			if (hit == null) {
				i++;
				continue;
			}
			if (hit.kind() != Kind.ANAPHORA) {
				hit = names.qualified(a, hit, placeAt);
				seenHeads.add(OrgHit.bareFirst(hit.surface()));
				if (hit.entry() != null) {
					seenHeads.add(OrgHit.bareFirst(hit.entry().name()));
					hit.entry().aliases().forEach(alias -> seenHeads.add(OrgHit.bareFirst(alias)));
				}
			}
			out.add(hit);
			i = Math.max(hit.end(), i + 1);
		}
		a.organizations = List.copyOf(parents(tokens, out));
	}

	private OrgHit at(ArticleContext a, int i, Map<Integer, PlaceHit> placeAt, Set<String> seenHeads) {
		List<Token> tokens = a.tokens;
		PhraseMatcher.Match<OrganizationLexicon.Entry> known = lex.organizations.known.at(tokens, i);
		OrgHit head = head(a, i, placeAt, seenHeads);
		if (head != null && known != null && head.end() > known.end() && !known.value().national() && known.end() - known.start() >= 2
				&& head.kind() != Kind.ANAPHORA && !coordinatedAfter(tokens, known)) {
			String surface = a.surface(known.start(), head.end(), known.firstForm());
			return new OrgHit(i, head.end(), known.value(), surface, surface, Kind.KNOWN, false, known.firstForm(), false, "", null, null, -1);
		}
		if (head != null && (known == null || head.end() > known.end() && !coordinatedAfter(tokens, known))) {
			return head;
		}
		if (known == null) {
			return null;
		}
		OrganizationLexicon.Entry e = known.value();
		boolean contextual = e.national() && !e.standalone() && known.end() - known.start() < 3;
		String surface = a.surface(known.start(), known.end(), known.firstForm());
		return new OrgHit(known.start(), known.end(), e, surface, surface, Kind.KNOWN, contextual, known.firstForm(), e.national(), "",
				e.country().isEmpty() ? null : e.country(), null, -1);
	}

	/** An organisation named right after another with "ب", "في", "لدى" or "التابع لـ" is that one's part. */
	private List<OrgHit> parents(List<Token> tokens, List<OrgHit> hits) {
		List<OrgHit> out = new ArrayList<>(hits);
		for (int k = 0; k + 1 < out.size(); k++) {
			OrgHit child = out.get(k);
			OrgHit next = out.get(k + 1);
			if (child.kind() == Kind.ANAPHORA || next.kind() == Kind.ANAPHORA || child.entry() != null && !child.entry().national()) {
				continue;
			}
			int j = child.end();
			if (j < tokens.size() && (lex.functions.is(tokens.get(j), FunctionWords.Role.LOCATIVE) || lex.functions.is(tokens.get(j), FunctionWords.Role.ACCREDITED))) {
				j++;
			}
			else if (j + 1 < tokens.size() && lex.functions.has(tokens.get(j), FunctionWords.Role.BELONGING)) {
				j++;
			}
			else if (j != next.start() || !prefixed(tokens.get(j), "ب")) {
				continue;
			}
			if (j == next.start()) {
				out.set(k, child.withParent(k + 1));
			}
		}
		return out;
	}

	private static boolean prefixed(Token t, String clitic) {
		return t.folded().startsWith(clitic) && !t.forms().getFirst().equals(t.forms().getLast());
	}

	/** A known name followed by "و…" ends there: "جهاز الشرطة الخليجية والوفد المرافق" is the known body only. */
	private boolean coordinatedAfter(List<Token> tokens, PhraseMatcher.Match<OrganizationLexicon.Entry> known) {
		return known.end() < tokens.size() && lex.conjoined(tokens, known.end()) && known.end() - known.start() >= 2;
	}

	private OrgHit head(ArticleContext a, int i, Map<Integer, PlaceHit> placeAt, Set<String> seenHeads) {
		List<Token> tokens = a.tokens;
		PhraseMatcher.Match<OrganizationLexicon.Head> head = lex.organizations.heads.at(tokens, i);
		if (head == null) {
			return null;
		}
		Token headToken = tokens.get(i);
		boolean definiteHead = headToken.forms().stream().anyMatch(f -> f.startsWith("ال"));
		if (headToken.folded().startsWith("ال") && i > 0 && tokens.get(i - 1).word() && tokens.get(i - 1).definite()
				&& !tokens.get(i - 1).lineStart() && lex.words.kind(tokens.get(i - 1)) == null) {
			return null;
		}
		OrganizationLexicon.Head value = head.value();
		int j = head.end();
		if (value.placeComplement()) {
			PlaceHit place = placeAt.get(j);
			if (place == null || place.entry() == null || !tokens.get(j).folded().equals(place.form())) {
				return null;
			}
			String surface = a.surface(i, place.end(), head.firstForm());
			return new OrgHit(i, place.end(), null, surface, surface, Kind.HEAD, false, head.firstForm(), value.national(), value.level(),
					place.entry().country().isEmpty() ? place.entry().key() : place.entry().country(), null, -1);
		}
		boolean lastIndefinite = !definiteHead;
		boolean allGeneric = true;
		boolean anyDefinite = false;
		while (j < tokens.size() && j - head.end() < MAX_COMPLEMENT) {
			Token t = tokens.get(j);
			if (lex.functions.is(t, FunctionWords.Role.NEGATION) && j > head.end() && j + 1 < tokens.size() && tokens.get(j + 1).definite() && !boundary(tokens, j + 1)) {
				j += 2;
				lastIndefinite = false;
				continue;
			}
			if (boundary(tokens, j) || value.adjectivesOnly() && (t.folded().startsWith("ل") || !t.definite())) {
				break;
			}
			boolean insideComplement = j > head.end() && tokens.get(j - 1).folded().startsWith("لل");
			boolean knownAfter = lex.organizations.known.at(tokens, j) != null && lex.organizations.known.at(tokens, j).value().standalone();
			if (lex.conjoined(tokens, j) && (j - head.end() < 2 && !insideComplement || !continuesName(tokens, j) && !knownAfter
					|| value.adjectivesOnly() || startsBody(tokens, j) && !insideComplement)) {
				break;
			}
			PhraseMatcher.Match<OrganizationLexicon.Entry> known = lex.organizations.known.at(tokens, j);
			if (known != null && j > head.end() && known.value().standalone() && t.definite()) {
				allGeneric = false;
				anyDefinite = true;
				lastIndefinite = false;
				j = known.end();
				continue;
			}
			boolean first = j == head.end();
			boolean definite = t.definite();
			boolean prefixed = !definite && (t.folded().startsWith("و") || t.folded().startsWith("ب") || t.folded().startsWith("ف"))
					&& !lex.names.givenExactly(t);
			boolean accept;
			if (definite) {
				accept = true;
			}
			else if (first) {
				accept = !prefixed && (!definiteHead || t.folded().startsWith("ل"));
			}
			else if (definiteHead && adjectivesOnly(tokens, head.end(), j) && t.folded().startsWith("ل")) {
				accept = j + 1 < tokens.size() && tokens.get(j + 1).definite() && !boundary(tokens, j + 1) && !purpose(t);
			}
			else {
				accept = lastIndefinite && !prefixed && !t.folded().startsWith("ل");
			}
			if (!accept) {
				break;
			}
			if (lex.words.ownKind(t) != WordLexicon.Kind.GENERIC) {
				allGeneric = false;
			}
			anyDefinite |= definite;
			lastIndefinite = !definite;
			j++;
			if (value.national() && definite && lex.places.nisba(t) != null) {
				break;
			}
		}
		String surface = a.surface(i, j, head.firstForm());
		if (j == head.end()) {
			Kind kind = value.standalone() && !seenHeads.contains(OrgHit.bareFirst(surface)) ? Kind.HEAD : Kind.ANAPHORA;
			return new OrgHit(i, j, null, surface, surface, kind, false, head.firstForm(), value.national(), value.level(), null, null, -1);
		}
		if (!definiteHead && !anyDefinite) {
			return null;
		}
		if (definiteHead && j == head.end() + 1 && relativeAdjective(tokens.get(head.end()))) {
			return new OrgHit(i, j, null, surface, surface, Kind.ANAPHORA, false, head.firstForm(), value.national(), value.level(), null, null, -1);
		}
		boolean seen = definiteHead && head.end() - i == 1 && seenHeads.contains(OrgHit.bareFirst(surface));
		Token next = tokens.get(head.end());
		boolean purpose = seen && !next.definite();
		if (allGeneric || purpose) {
			return new OrgHit(i, j, null, surface, surface, Kind.ANAPHORA, false, head.firstForm(), value.national(), value.level(), null, null, -1);
		}
		if (seen && next.folded().startsWith("لل") && lex.organizations.known.at(tokens, head.end()) == null) {
			String bare = a.surface(i, head.end(), head.firstForm());
			return new OrgHit(i, head.end(), null, bare, bare, Kind.ANAPHORA, false, head.firstForm(), value.national(), value.level(), null, null, -1);
		}
		OrganizationLexicon.Entry same = lex.organizations.named(surface);
		return new OrgHit(i, j, same, surface, surface, same != null ? Kind.KNOWN : Kind.HEAD, same != null && same.national() && !same.standalone(),
				head.firstForm(), same != null ? same.national() : value.national(), value.level(), same != null && !same.country().isEmpty() ? same.country() : null,
				null, -1);
	}

	private boolean boundary(List<Token> tokens, int j) {
		Token t = tokens.get(j);
		if (!t.word() || t.number() || t.lineStart()) {
			return true;
		}
		WordLexicon.Kind kind = lex.words.kind(t);
		PhraseMatcher.Match<String> qualifier = lex.offices.qualifier(tokens, j);
		if (qualifier != null && qualifier.value().equals("after")) {
			return true;
		}
		return kind != null && kind != WordLexicon.Kind.GENERIC || lex.offices.ranks.at(tokens, j) != null
				|| lex.offices.titles.at(tokens, j) != null && !officeOfHead(tokens, j) || lex.events.nouns.at(tokens, j) != null
				|| lex.events.participation.at(tokens, j) != null || lex.dates.months.at(tokens, j) != null;
	}

	/**
	 * "الأمن والسلم للاتحاد", "… الاقتصادي والإلكتروني،": a word joined by "و" goes on a name when the name goes on
	 * after it or ends with it, not before a word that starts another phrase ("والقيام بـ").
	 */
	/** "… والمديرية العامة للهجرة": the conjunct is a body's head with its article, so a second body starts. */
	private boolean startsBody(List<Token> tokens, int j) {
		Token t = tokens.get(j);
		PhraseMatcher.Match<OrganizationLexicon.Head> head = lex.organizations.heads.at(tokens, j);
		return head != null && t.folded().startsWith("وال") && !head.value().adjectivesOnly();
	}

	private boolean continuesName(List<Token> tokens, int j) {
		if (!tokens.get(j).definite() && !tokens.get(j).forms().stream().anyMatch(f -> f.startsWith("ال"))) {
			return false;
		}
		if (j + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(j + 1);
		boolean last = !next.word() || next.lineStart() || lex.conjoined(tokens, j + 1) || boundary(tokens, j + 1);
		return last || next.word() && (next.definite() || next.folded().startsWith("ل"));
	}

	/**
	 * "الجهاز العلمي", "المؤسسة الشرطية": a definite head with one adjective of relation describes a body named
	 * elsewhere; a nationality ("الشرطة الفلسطينية") still names one.
	 */
	private boolean relativeAdjective(Token t) {
		String f = t.folded();
		return t.definite() && (f.endsWith("ي") || f.endsWith("يه")) && lex.places.nisba(t) == null && lex.words.ownKind(t) == null;
	}

	/**
	 * "الهيئة الوطنية لأمن الحدود": after a definite head and its adjectives, a complement with "ل" in the construct state
	 * belongs to the name as it would right after the head.
	 */
	/** "لتحقيق", "لتعزيز": "ل" with a verbal noun of the form تفعيل says what for, not whose. */
	private static boolean purpose(Token t) {
		String f = t.folded();
		return f.length() == 6 && f.startsWith("لت") && f.charAt(4) == 'ي';
	}

	private static boolean adjectivesOnly(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			Token t = tokens.get(k);
			if (!t.definite() || t.folded().startsWith("لل") || !(t.folded().endsWith("يه") || t.folded().endsWith("ي") || t.folded().endsWith("يا"))) {
				return false;
			}
		}
		return to > from;
	}

	/** "مكتب الوزير", "لمكتب وكيل الوزارة": an office is the complement of the head noun before it. */
	private boolean officeOfHead(List<Token> tokens, int j) {
		PhraseMatcher.Match<OrganizationLexicon.Head> before = j > 0 ? lex.organizations.heads.at(tokens, j - 1) : null;
		return before != null && before.end() == j && before.value().level().equals("office");
	}
}
