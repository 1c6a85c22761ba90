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
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Gazetteer;
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
		PhraseMatcher.Match<OrganizationLexicon.Head> head = lex.organizations.heads.at(a.tokens, i);
		if (head == null || continuesPhrase(a.tokens, i)) {
			return null;
		}
		if (head.value().placeComplement()) {
			return withPlace(a, i, head, placeAt);
		}
		boolean definiteHead = a.tokens.get(i).forms().stream().anyMatch(f -> f.startsWith("ال"));
		OrgHit ofPlace = definiteHead ? null : ofBodyOfPlace(a, i, head, placeAt);
		if (ofPlace != null) {
			return ofPlace;
		}
		return named(a, i, head, complement(a.tokens, head, definiteHead, readable(a)), definiteHead, seenHeads, placeAt);
	}

	/**
	 * A definite head right after a definite word of the same line that is no function word goes on that word's phrase;
	 * not after an event's noun, which a subject may follow ("وشاركت في الاجتماع الإدارة العامة للمباحث …"), nor after an
	 * adjective of nationality, which closes the phrase before it ("زار الوفد الإسباني المعهد الملكي للشرطة").
	 */
	private boolean continuesPhrase(List<Token> tokens, int i) {
		if (!tokens.get(i).folded().startsWith("ال") || i == 0 || !tokens.get(i - 1).word() || !tokens.get(i - 1).definite()
				|| tokens.get(i - 1).lineStart() || lex.words.kind(tokens.get(i - 1)) != null || lex.places.nisba(tokens.get(i - 1)) != null) {
			return false;
		}
		PhraseMatcher.Match<EventLexicon.Noun> event = lex.events.nouns.at(tokens, i - 1);
		return event == null || event.end() != i;
	}

	/**
	 * "أكاديمية شرطة دبي", "كلية شرطة أبوظبي": a head in construct with a body of a place ("شرطة دبي") names a body of its
	 * own, in that place's country; null when no such body follows the head.
	 */
	private OrgHit ofBodyOfPlace(ArticleContext a, int i, PhraseMatcher.Match<OrganizationLexicon.Head> head, Map<Integer, PlaceHit> placeAt) {
		PhraseMatcher.Match<OrganizationLexicon.Head> inner = head.end() < a.tokens.size() ? lex.organizations.heads.at(a.tokens, head.end()) : null;
		if (inner == null || !inner.value().placeComplement() || a.tokens.get(head.end()).definite()) {
			return null;
		}
		OrgHit body = withPlace(a, head.end(), inner, placeAt);
		if (body == null) {
			return null;
		}
		String surface = a.surface(i, body.end(), head.firstForm());
		return new OrgHit(i, body.end(), null, surface, surface, Kind.HEAD, false, head.firstForm(), head.value().national(), head.value().level(),
				body.country(), null, -1);
	}

	/**
	 * "شرطة دبي": a head that takes a place names the body of the place's country, or of the country named; with a
	 * country ("شرطة عمان") it is that country's body of the head's name ("الشرطة").
	 */
	private OrgHit withPlace(ArticleContext a, int i, PhraseMatcher.Match<OrganizationLexicon.Head> head,
			Map<Integer, PlaceHit> placeAt) {
		OrganizationLexicon.Head value = head.value();
		// "شرطة محافظة البصرة", "شرطة ولاية الخرطوم": a noun of a region or city between the head and the place
		String noun = lex.places.placeNoun(a.tokens, head.end());
		int at = "region".equals(noun) || "city".equals(noun) ? head.end() + 1 : head.end();
		PlaceHit place = placeAt.get(at);
		if (place == null || place.entry() == null || at >= a.tokens.size() || !a.tokens.get(at).folded().equals(place.form())) {
			place = at > head.end() ? placeAt.get(head.end()) : null;
			if (place == null || place.entry() == null || place.start() != head.end()) {
				return null;
			}
		}
		String surface = a.surface(i, place.end(), head.firstForm());
		boolean country = place.entry().kind() == org.majlis.place.PlaceKind.COUNTRY;
		OrganizationLexicon.Entry whole = country ? lex.organizations.named("ال" + head.firstForm()) : null;
		if (whole != null && whole.national()) {
			return new OrgHit(i, place.end(), whole, surface, whole.name(), Kind.KNOWN, false, head.firstForm(), true, value.level(),
					place.entry().key(), null, -1);
		}
		return new OrgHit(i, place.end(), null, surface, surface, Kind.HEAD, false, head.firstForm(), value.national(), value.level(),
				place.entry().country().isEmpty() ? place.entry().key() : place.entry().country(), null, -1);
	}

	/**
	 * The words read after a head noun.
	 *
	 * @param end the token after the last one
	 * @param allGeneric every word is a generic adjective ("الدولية", "العامة")
	 * @param anyDefinite some word has the article
	 */
	private record Complement(int end, boolean allGeneric, boolean anyDefinite) {
	}

	/** The genitive complement and adjectives after a head noun, up to a delimiter or a word that cannot go on the name. */
	private Complement complement(List<Token> tokens, PhraseMatcher.Match<OrganizationLexicon.Head> head, boolean definiteHead, int limit) {
		OrganizationLexicon.Head value = head.value();
		int j = head.end();
		boolean lastIndefinite = !definiteHead;
		boolean allGeneric = true;
		boolean anyDefinite = false;
		while (j < limit && j - head.end() < MAX_COMPLEMENT) {
			Token t = tokens.get(j);
			if (negatedAdjective(tokens, j, head.end())) {
				j += 2;
				lastIndefinite = false;
				continue;
			}
			int eponym = value.level().equals("office") ? j : eponymEnd(tokens, j, head.end(), limit);
			if (eponym > j) {
				allGeneric = false;
				anyDefinite = true;
				lastIndefinite = false;
				j = eponym;
				continue;
			}
			int field = fieldOfAction(tokens, j, head.end(), limit);
			if (field > j) {
				allGeneric = false;
				lastIndefinite = !tokens.get(field - 1).folded().startsWith("بال") && !tokens.get(field - 1).definite();
				j = field;
				continue;
			}
			PhraseMatcher.Match<OrganizationLexicon.Entry> known = lex.organizations.known.at(tokens, j);
			boolean knownInConstruct = known != null && lastIndefinite && j > head.end() && !t.folded().startsWith("و");
			if (!knownInConstruct && endsComplement(tokens, j, head.end(), value)) {
				break;
			}
			if (known != null && j > head.end() && known.value().standalone() && (t.definite() || knownInConstruct)) {
				allGeneric = false;
				anyDefinite = true;
				lastIndefinite = false;
				j = known.end();
				continue;
			}
			if (!goesOnName(tokens, j, head.end(), definiteHead, lastIndefinite)) {
				break;
			}
			PhraseMatcher.Match<Gazetteer.Place> place = t.definite() ? null : lex.places.places.at(tokens, j);
			if (place != null && j > head.end()) {
				// "القيادة العامة لشرطة دبي": a place's name is definite and closes the construct ("… دبي حريصة على")
				allGeneric = false;
				lastIndefinite = false;
				j = place.end();
				continue;
			}
			if (lex.words.ownKind(t) != WordLexicon.Kind.GENERIC) {
				allGeneric = false;
			}
			anyDefinite |= t.definite();
			lastIndefinite = !t.definite() || constructAfterLam(t);
			j++;
			if (value.national() && t.definite() && lex.places.nisba(t) != null) {
				break;
			}
		}
		return new Complement(j, allGeneric, anyDefinite);
	}

	/** The royal titles a body may be named after with the name that follows ("كلية الملك فهد الأمنية"). */
	private static final Set<String> EPONYM_TITLES = Set.of("الملك", "الامير", "الشيخ", "السلطان");

	/**
	 * "كلية الملك فهد الأمنية", "أكاديمية الأمير نايف": a royal title and a given name right after the head are the
	 * person the body is named after, part of its name (with "بن" and the names after it); the token after them, or j.
	 * Not after the head of an office ("مكتب الأمير فيصل"): that is the office of the person, named as a person.
	 */
	private int eponymEnd(List<Token> tokens, int j, int headEnd, int limit) {
		if (j != headEnd || j + 1 >= limit || !EPONYM_TITLES.contains(tokens.get(j).folded()) || !lex.names.givenExactly(tokens.get(j + 1))) {
			return j;
		}
		int k = j + 2;
		while (k + 1 < limit && tokens.get(k).is("بن") && lex.names.givenExactly(tokens.get(k + 1))) {
			k += 2;
		}
		return k;
	}

	/**
	 * "المعني بالمخدرات والجريمة", "الخاصة بإنشاء الآلية", "للتعاون في مجال إنفاذ القانون": after an adjective that
	 * takes its object with "ب", and after a verbal noun with "ل", the field the body deals with goes on the name. Answers
	 * the token after the field's first word (or words), or -1.
	 */
	private int fieldOfAction(List<Token> tokens, int j, int headEnd, int limit) {
		if (j == headEnd || j + 1 >= limit) {
			return -1;
		}
		Token before = tokens.get(j - 1);
		Token t = tokens.get(j);
		if (lex.organizations.takesObject(before) && t.folded().startsWith("ب") && t.folded().length() > 3 && !lex.words.ends(t) && lex.events.participation.at(tokens, j) == null
				&& (t.folded().startsWith("بال") || lex.organizations.known.at(tokens, j + 1) != null
						|| tokens.get(j + 1).word() && !boundary(tokens, j + 1) && !lex.conjoined(tokens, j + 1))) {
			return j + 1;
		}
		int field = lex.organizations.fieldPhrase(tokens, j);
		if (field > j && field < limit && before.folded().startsWith("لل") && tokens.get(field).word() && !boundary(tokens, field)) {
			return field;
		}
		return -1;
	}

	/**
	 * "للجنة مكافحة الإرهاب": "ل" before a head noun that itself starts with "ل" reads as "لـ لجنة", a noun in the
	 * construct state whose complement follows, not as a definite word.
	 */
	private boolean constructAfterLam(Token t) {
		PhraseMatcher.Match<OrganizationLexicon.Head> head = t.folded().startsWith("لل") ? lex.organizations.heads.at(List.of(t), 0) : null;
		return head != null && head.value().head().startsWith("ل");
	}

	/** "الجنائية", "الوطنية", "العامة": a word shaped like an adjective of relation, or a generic one; not "العرب". */
	private boolean adjective(Token t) {
		String f = t.folded();
		return f.endsWith("ي") || f.endsWith("يه") || lex.words.ownKind(t) == WordLexicon.Kind.GENERIC || lex.places.nisba(t) != null;
	}

	/** The tokens a name may take: all but a last word the text breaks off ("… وزارة الداخل" at the end of a cut page). */
	private static int readable(ArticleContext a) {
		int n = a.tokens.size();
		if (n == 0) {
			return n;
		}
		Token last = a.tokens.get(n - 1);
		String rest = a.text.substring(last.end()).strip();
		return last.word() && !last.number() && rest.isEmpty() ? n - 1 : n;
	}

	/** "الهجرة غير الشرعية": a negation with a definite word after it goes on the name, both words at once. */
	private boolean negatedAdjective(List<Token> tokens, int j, int headEnd) {
		return lex.functions.is(tokens.get(j), FunctionWords.Role.NEGATION) && j > headEnd && j + 1 < tokens.size() && tokens.get(j + 1).definite()
				&& !boundary(tokens, j + 1);
	}

	/**
	 * The complement ends at a delimiter, at what a head of adjectives only does not take, and at a word joined by "و"
	 * that starts another phrase or another body rather than going on with this name.
	 */
	private boolean endsComplement(List<Token> tokens, int j, int headEnd, OrganizationLexicon.Head value) {
		Token t = tokens.get(j);
		if (boundary(tokens, j) || value.adjectivesOnly() && (t.folded().startsWith("ل") || !t.definite() || !adjective(t))
				|| j > headEnd && lex.functions.has(t, FunctionWords.Role.BELONGING)) {
			return true;
		}
		boolean insideComplement = j > headEnd && tokens.get(j - 1).folded().startsWith("لل");
		boolean knownAfter = lex.organizations.known.at(tokens, j) != null && lex.organizations.known.at(tokens, j).value().standalone();
		return lex.conjoined(tokens, j) && (j - headEnd < 2 && !insideComplement || !continuesName(tokens, j) && !knownAfter
				|| value.adjectivesOnly() || startsBody(tokens, j) && !insideComplement);
	}

	/**
	 * The word goes on the name: a definite one always; right after the head, an indefinite one without a clitic
	 * ("ل" only after a definite head); after a definite head's adjectives, "ل" before a definite word when it says whose,
	 * not what for; else an indefinite word only after another.
	 */
	private boolean goesOnName(List<Token> tokens, int j, int headEnd, boolean definiteHead, boolean lastIndefinite) {
		Token t = tokens.get(j);
		boolean prefixed = !t.definite() && (t.folded().startsWith("و") || t.folded().startsWith("ب") || t.folded().startsWith("ف"))
				&& !lex.names.givenExactly(t);
		if (t.definite()) {
			return j == headEnd || !holderAfter(tokens, j);
		}
		if (j == headEnd) {
			return !prefixed && (!definiteHead || t.folded().startsWith("ل"));
		}
		if (definiteHead && adjectivesOnly(tokens, headEnd, j) && t.folded().startsWith("ل")) {
			return j + 1 < tokens.size() && tokens.get(j + 1).definite() && !boundary(tokens, j + 1) && !purpose(t);
		}
		return lastIndefinite && !prefixed && !t.folded().startsWith("ل");
	}

	/**
	 * "رئيس النيابة العامة الحسن الداكي", "… الطاهر بن علي": after a body's name, a given name written with the article
	 * and a family name or "بن" (no ordinal: "جامعة الحسن الثاني") open the name of the office's holder, not more of the
	 * body's name.
	 */
	private boolean holderAfter(List<Token> tokens, int j) {
		if (!lex.names.givenDefinite(tokens.get(j)) || j + 1 >= tokens.size()) {
			return false;
		}
		Token next = tokens.get(j + 1);
		return next.word() && !next.number() && !next.lineStart() && (next.definite() && lex.events.ordinals.at(tokens, j + 1) == null
				|| lex.names.particle(next));
	}

	/**
	 * What a head and its complement name: the head alone (a body of its own when it may stand alone and was not named
	 * before, else an anaphora), nothing for an indefinite head without a definite word, an anaphora for a head with a
	 * relative or generic adjective or a purpose, else a name, known to the lexicon or not.
	 */
	private OrgHit named(ArticleContext a, int i, PhraseMatcher.Match<OrganizationLexicon.Head> head, Complement complement,
			boolean definiteHead, Set<String> seenHeads, Map<Integer, PlaceHit> placeAt) {
		List<Token> tokens = a.tokens;
		int j = complement.end();
		String surface = a.surface(i, j, head.firstForm());
		if (j == head.end()) {
			boolean own = head.value().standalone() && !seenHeads.contains(OrgHit.bareFirst(surface));
			return headed(i, j, surface, head, own ? Kind.HEAD : Kind.ANAPHORA);
		}
		if (!definiteHead && !complement.anyDefinite() || !definiteHead && indefiniteAdjective(tokens.get(head.end()), placeAt.containsKey(head.end()))
				|| head.value().national() && onlyACountry(tokens, head.end(), j, placeAt)) {
			return null;
		}
		if (definiteHead && placeOnly(tokens, head.end(), j, placeAt)) {
			return headed(i, head.end(), a.surface(i, head.end(), head.firstForm()), head, Kind.ANAPHORA);
		}
		if (definiteHead && j == head.end() + 1 && relativeAdjective(tokens.get(head.end()))) {
			return headed(i, j, surface, head, Kind.ANAPHORA);
		}
		boolean seen = definiteHead && head.end() - i == 1 && seenHeads.contains(OrgHit.bareFirst(surface));
		Token next = tokens.get(head.end());
		boolean purpose = seen && !next.definite();
		if (complement.allGeneric() || purpose) {
			return headed(i, j, surface, head, Kind.ANAPHORA);
		}
		if ((seen || head.end() - i == 1) && next.folded().startsWith("لل") && lex.organizations.known.at(tokens, head.end()) == null) {
			return headed(i, head.end(), a.surface(i, head.end(), head.firstForm()), head, Kind.ANAPHORA);
		}
		OrganizationLexicon.Entry same = lex.organizations.named(surface);
		PhraseMatcher.Match<OrganizationLexicon.Entry> inner = lex.organizations.known.at(tokens, head.end());
		if (same == null && head.value().generic() && inner != null && inner.end() == j) {
			same = inner.value();
		}
		OrganizationLexicon.Head value = head.value();
		return new OrgHit(i, j, same, surface, surface, same != null ? Kind.KNOWN : Kind.HEAD, same != null && same.national() && !same.standalone(),
				head.firstForm(), same != null ? same.national() : value.national(), value.level(), same != null && !same.country().isEmpty() ? same.country() : null,
				null, -1);
	}

	/** "مكتب إقليمي للإنتربول": an indefinite head with an indefinite adjective describes a body, it does not name one. */
	private boolean indefiniteAdjective(Token t, boolean place) {
		String f = t.folded();
		return t.word() && !place && !t.definite() && !f.startsWith("ل") && f.endsWith("ي") && f.length() > 3 && !lex.names.givenExactly(t);
	}

	/**
	 * "قيادة الإمارات", "لقيادة المملكة", "القيادة الرشيدة للدولة": a national head whose complement, after adjectives,
	 * is only the country (a country's name or a word for the state) speaks of the country's leaders, not of a body.
	 */
	private boolean onlyACountry(List<Token> tokens, int from, int to, Map<Integer, PlaceHit> placeAt) {
		for (int k = from; k < to; k++) {
			Token t = tokens.get(k);
			if (countryAt(placeAt, k, to) || lex.places.stateWord(t) && (k == to - 1 || countryAt(placeAt, k + 1, to))) {
				return true;
			}
			if (!t.definite() || t.folded().startsWith("لل") || lex.places.nisba(t) != null) {
				return false;
			}
		}
		return false;
	}

	private static boolean countryAt(Map<Integer, PlaceHit> placeAt, int k, int to) {
		PlaceHit place = placeAt.get(k);
		return place != null && place.end() == to && place.entry() != null && place.entry().kind() == org.majlis.place.PlaceKind.COUNTRY;
	}

	/** "للمنظمة للشرق الأوسط": a definite head with only a place after "ل" is a body named before, for that region. */
	private static boolean placeOnly(List<Token> tokens, int from, int to, Map<Integer, PlaceHit> placeAt) {
		PlaceHit place = placeAt.get(from);
		Token first = tokens.get(from);
		return place != null && place.end() >= to && first.folded().startsWith("ل") && !place.form().startsWith("ل");
	}

	/** A mention named on a head, of no known organisation and no stated country. */
	private static OrgHit headed(int start, int end, String surface, PhraseMatcher.Match<OrganizationLexicon.Head> head, Kind kind) {
		OrganizationLexicon.Head value = head.value();
		return new OrgHit(start, end, null, surface, surface, kind, false, head.firstForm(), value.national(), value.level(), null, null, -1);
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
		return kind != null && kind != WordLexicon.Kind.GENERIC || "capital".equals(lex.places.placeNoun(tokens, j)) || lex.offices.ranks.at(tokens, j) != null
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
