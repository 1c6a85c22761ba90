package org.majlis.ingest.extract.organizations;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.place.PlaceKind;

/**
 * What follows an organisation's name and still belongs to it: an adjective of nationality ("وزارة الداخلية
 * الإيطالية"), a country phrase ("بدولة الكويت", "في قطر"), a complement in brackets after "لـ" ("المكتب الإقليمي لـ
 * (اليونيسف)"), and a gloss or acronym in brackets or quotes ("(أفريبول)", "«الإنتربول»"), which is another name of
 * the same body and may tell which known body it is.
 */
final class OrganizationNames {

	private static final Set<String> OPENING = Set.of("(", "«", "\"", "“", "'");
	private static final Set<String> CLOSING = Set.of(")", "»", "\"", "”", "'");
	private static final int MAX_GLOSS = 4;

	private final Lexicons lex;

	OrganizationNames(Lexicons lex) {
		this.lex = lex;
	}

	OrgHit qualified(ArticleContext a, OrgHit hit, Map<Integer, PlaceHit> placeAt) {
		List<Token> tokens = a.tokens;
		OrgHit out = hit;
		if (out.national()) {
			OrgHit withNationality = nationality(a, out);
			out = withNationality != out ? withNationality : countryPhrase(tokens, out, placeAt, false);
		}
		else if (out.entry() == null) {
			out = adjectiveOfNationality(tokens, out);
			boolean office = !out.national() && namesAKnownBody(tokens, out);
			out = countryPhrase(tokens, out, placeAt, !out.national() && !office);
			if (office && out.country() != null) {
				out = new OrgHit(out.start(), out.end(), null, out.surface(), out.bare(), out.kind(), false, out.headForm(), true, out.level(),
						out.country(), out.gloss(), -1);
			}
		}
		out = bracketedComplement(a, out);
		return gloss(a, out);
	}

	/** The last word, or the word after the name, is an adjective of nationality: the body is that country's. */
	private OrgHit nationality(ArticleContext a, OrgHit hit) {
		List<Token> tokens = a.tokens;
		int end = hit.end();
		String country = hit.end() - hit.start() >= 2 ? lex.places.nisba(tokens.get(end - 1)) : null;
		String bare = hit.bare();
		if (country != null) {
			bare = hit.entry() != null ? hit.entry().name() : a.surface(hit.start(), end - 1, hit.headForm());
		}
		else if (end < tokens.size() && !tokens.get(end).lineStart() && tokens.get(end).definite() && !lex.conjoined(tokens, end)) {
			country = lex.places.nisba(tokens.get(end));
			end++;
		}
		if (country == null) {
			return hit;
		}
		String surface = a.surface(hit.start(), end, hit.headForm());
		OrgHit.Kind kind = hit.kind() == OrgHit.Kind.ANAPHORA ? OrgHit.Kind.HEAD : hit.kind();
		OrganizationLexicon.Entry entry = hit.entry() != null ? hit.entry() : lex.organizations.named(bare);
		if (entry != null && entry.national() && hit.entry() == null && kind == OrgHit.Kind.HEAD) {
			kind = OrgHit.Kind.KNOWN;
		}
		else if (hit.entry() == null) {
			entry = null;
		}
		return new OrgHit(hit.start(), end, entry, surface, bare, kind, false, hit.headForm(), true, hit.level(), country,
				hit.gloss(), -1);
	}

	/**
	 * "وزارة الداخلية بدولة الكويت", "وزارة الداخلية في قطر": the country phrase is kept with the body. A body of no
	 * stated kind ("الهيئة الوطنية لأمن الحدود بسلطنة عمان") becomes a national one only by a state's title
	 * ({@code stateOnly}): "بسلطنة", "بدولة", "بالمملكة".
	 */
	private OrgHit countryPhrase(List<Token> tokens, OrgHit hit, Map<Integer, PlaceHit> placeAt,
			boolean stateOnly) {
		if (hit.country() != null && hit.kind() != OrgHit.Kind.KNOWN || hit.end() >= tokens.size() || purposeOfEvent(tokens, hit)) {
			return hit;
		}
		int j = hit.end();
		boolean preposition = lex.functions.is(tokens.get(j), FunctionWords.Role.LOCATIVE);
		if (preposition) {
			j++;
		}
		if (j >= tokens.size()) {
			return hit;
		}
		PlaceHit place = placeAt.get(j);
		boolean statePrefix = place == null && "state".equals(lex.places.placeNoun(tokens, j));
		if (statePrefix) {
			place = placeAt.get(j + 1);
		}
		if (place == null || place.entry() == null || stateOnly && !"state".equals(lex.places.placeNoun(tokens, j))) {
			return hit;
		}
		Token first = tokens.get(j);
		boolean introduced = preposition || first.folded().startsWith("ب") && !first.forms().getFirst().equals(first.forms().getLast());
		if (!introduced || tokens.get(j).lineStart()) {
			return hit;
		}
		Gazetteer.Place entry = place.entry();
		String country = entry.kind() == PlaceKind.COUNTRY ? entry.key() : entry.country();
		if (country == null || country.isEmpty()) {
			return hit;
		}
		return new OrgHit(hit.start(), place.end(), hit.entry(), hit.surface(), hit.bare(), hit.kind(), false, hit.headForm(),
				hit.national() || stateOnly, hit.level(), country, hit.gloss(), -1);
	}

	/**
	 * "المكتب الوطني الفلسطيني للإنتربول", "الوكالة الألمانية للتعاون الدولي": one adjective of nationality among the
	 * adjectives right after the head makes the body that country's.
	 */
	private OrgHit adjectiveOfNationality(List<Token> tokens, OrgHit hit) {
		if (hit.kind() != OrgHit.Kind.HEAD || hit.country() != null) {
			return hit;
		}
		String country = null;
		int found = 0;
		for (int k = hit.start() + 1; k < hit.end(); k++) {
			Token t = tokens.get(k);
			if (!t.definite() || t.folded().startsWith("لل") || lex.conjoined(tokens, k)) {
				break;
			}
			String nisba = lex.places.nisba(t);
			if (nisba != null) {
				country = nisba;
				found++;
			}
		}
		if (found != 1) {
			return hit;
		}
		return new OrgHit(hit.start(), hit.end(), hit.entry(), hit.surface(), hit.bare(), hit.kind(), false, hit.headForm(), true, hit.level(),
				country, hit.gloss(), -1);
	}

	/** How many words (the event noun's adjectives) may stand between an event noun and the purpose after it. */
	private static final int PURPOSE_AFTER_EVENT = 3;

	/**
	 * "الاجتماع الإقليمي لمكافحة المخدرات في عمّان": a body's generic name ({@code standalone} no) after "ل" right after an
	 * event's noun is what the event is about, and the place after it is where the event was, not the body's country.
	 */
	private boolean purposeOfEvent(List<Token> tokens, OrgHit hit) {
		if (!hit.contextual() || !tokens.get(hit.start()).folded().startsWith("ل")) {
			return false;
		}
		for (int k = Math.max(0, hit.start() - PURPOSE_AFTER_EVENT); k < hit.start(); k++) {
			PhraseMatcher.Match<EventLexicon.Noun> noun = lex.events.nouns.at(tokens, k);
			if (noun != null && !noun.value().kind().equals("NONE") && !noun.value().kind().equals("DOCUMENT")) {
				return true;
			}
		}
		return false;
	}

	/** "مكتب الإنتربول": a name built on a known international body, whose office in a country the country phrase tells. */
	private boolean namesAKnownBody(List<Token> tokens, OrgHit hit) {
		for (int k = hit.start() + 1; k < hit.end(); k++) {
			PhraseMatcher.Match<OrganizationLexicon.Entry> inner = lex.organizations.known.at(tokens, k);
			if (inner != null && !inner.value().national()) {
				return true;
			}
		}
		return false;
	}

	/** "المكتب الإقليمي لـ (اليونيسف)": a name that goes on after "لـ" with a known body in brackets. */
	private OrgHit bracketedComplement(ArticleContext a, OrgHit hit) {
		List<Token> tokens = a.tokens;
		int j = hit.end();
		if (j + 3 >= tokens.size() || !tokens.get(j).is("ل") || !OPENING.contains(tokens.get(j + 1).folded())) {
			return hit;
		}
		PhraseMatcher.Match<OrganizationLexicon.Entry> inner = lex.organizations.known.at(tokens, j + 2);
		if (inner == null || inner.end() >= tokens.size() || !CLOSING.contains(tokens.get(inner.end()).folded())) {
			return hit;
		}
		String surface = hit.surface() + a.text.substring(tokens.get(hit.end() - 1).end(), tokens.get(inner.end()).end());
		return new OrgHit(hit.start(), inner.end() + 1, null, surface, surface, OrgHit.Kind.HEAD, false,
				hit.headForm(), hit.national(), hit.level(), hit.country(), hit.gloss(), -1);
	}

	/** "الإنتربول الكويتي" in brackets: an international body named with a country's adjective, that country's branch. */
	private boolean nationalBranch(List<Token> tokens, PhraseMatcher.Match<OrganizationLexicon.Entry> known, int close) {
		return known != null && !known.value().national() && known.end() == close - 1 && tokens.get(close - 1).definite()
				&& lex.places.nisba(tokens.get(close - 1)) != null;
	}

	/** A short form or acronym in brackets or quotes right after the name. */
	private OrgHit gloss(ArticleContext a, OrgHit hit) {
		List<Token> tokens = a.tokens;
		int open = hit.end();
		if (open >= tokens.size() || !OPENING.contains(tokens.get(open).folded()) || hit.kind() == OrgHit.Kind.ANAPHORA) {
			return hit;
		}
		int close = open + 1;
		while (close < tokens.size() && close - open <= MAX_GLOSS + 1 && !CLOSING.contains(tokens.get(close).folded())) {
			if (!tokens.get(close).word() || tokens.get(close).lineStart()) {
				return hit;
			}
			close++;
		}
		if (close >= tokens.size() || close == open + 1 || close - open > MAX_GLOSS + 1) {
			return hit;
		}
		PhraseMatcher.Match<OrganizationLexicon.Entry> known = lex.organizations.known.at(tokens, open + 1);
		boolean wholeKnown = known != null && known.end() == close;
		String gloss = a.textOf(open + 1, close);
		OrganizationLexicon.Entry entry = hit.entry();
		if (nationalBranch(tokens, known, close)) {
			// "الإدارة العامة للمباحث الجنائية الكويتية (الإنتربول الكويتي)": the country's branch of a body, another name of this one
			return new OrgHit(hit.start(), close + 1, entry, hit.surface(), hit.bare(), hit.kind(), hit.contextual(), hit.headForm(),
					hit.national(), hit.level(), hit.country(), gloss, -1);
		}
		if (wholeKnown && entry == null && namesInside(tokens, hit, known.value())) {
			return hit;
		}
		if (wholeKnown && entry == null && !known.value().national()) {
			entry = known.value();
		}
		else if (wholeKnown && entry != known.value()) {
			return hit;
		}
		else if (!wholeKnown && close - open - 1 > 1 && !latin(gloss)) {
			return hit;
		}
		OrgHit.Kind kind = entry != null ? OrgHit.Kind.KNOWN : hit.kind();
		return new OrgHit(hit.start(), close + 1, entry, hit.surface(), hit.bare(), kind, hit.contextual() && entry == hit.entry(),
				hit.headForm(), entry != null ? entry.national() : hit.national(), hit.level(), hit.country(), gloss, -1);
	}

	/** "اللجنة الخاصة بإنشاء الآلية الإفريقية … (أفريبول)": the gloss is of the body the name speaks of, not of the name. */
	private boolean namesInside(List<Token> tokens, OrgHit hit, OrganizationLexicon.Entry entry) {
		for (int k = hit.start() + 1; k < hit.end(); k++) {
			PhraseMatcher.Match<OrganizationLexicon.Entry> inner = lex.organizations.known.at(tokens, k);
			if (inner != null && inner.value() == entry) {
				return true;
			}
		}
		return false;
	}

	private static boolean latin(String text) {
		return text.chars().allMatch(c -> c < 0x250 || Character.isWhitespace(c));
	}
}
