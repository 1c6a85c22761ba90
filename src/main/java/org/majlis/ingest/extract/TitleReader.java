package org.majlis.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an office at a token: a title that implies its organisation ("وزير الداخلية" → "وزارة الداخلية"),
 * or a title followed by an organisation ("الأمين العام للمنظمة الدولية للشرطة الجنائية", "رئيس شعبة بإدارة …"),
 * also as a deputy's office ("نائب رئيس الأمن العام").
 */
final class TitleReader {

	/** @param org the organisation of the office, or null for a bare title ("الأمين العام") */
	record TitleHit(int start, int end, String title, String titleEn, OrganizationReader.OrgHit org) {
	}

	/** Words that make a deputy of the office they precede ("مساعد رئيس الأمن العام"). */
	private static final Set<String> DEPUTY = Set.of("مساعد", "نائب", "مساعده", "نائبه");
	private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "'", "’", "‘", "(", ")");

	private final Lexicons lex;
	private final Map<Integer, OrganizationReader.OrgHit> orgAt = new HashMap<>();

	TitleReader(Lexicons lex, List<OrganizationReader.OrgHit> orgs) {
		this.lex = lex;
		orgs.forEach(o -> orgAt.put(o.start(), o));
	}

	TitleHit at(List<Token> tokens, int i) {
		if (i + 1 < tokens.size() && DEPUTY.contains(tokens.get(i).folded())) {
			TitleHit inner = at(tokens, i + 1);
			if (inner != null && inner.org() != null) {
				String prefix = tokens.get(i).text();
				String english = (tokens.get(i).folded().startsWith("مساعد") ? "Assistant " : "Deputy ") + inner.titleEn();
				return new TitleHit(i, inner.end(), prefix + " " + inner.title(), english, inner.org());
			}
		}
		PhraseMatcher.Match<Lexicons.Title> implied = lex.titleOrganizations.at(tokens, i);
		if (implied != null) {
			Lexicons.OrgEntry entry = lex.organizationsByName.get(String.join(" ", Tokenizer.words(implied.value().organization())));
			OrganizationReader.OrgHit org = new OrganizationReader.OrgHit(i, implied.end(), entry, implied.value().organization(),
					entry != null ? OrganizationReader.Kind.KNOWN : OrganizationReader.Kind.HEAD, false, null, true);
			return new TitleHit(i, implied.end(), implied.value().title(), implied.value().titleEn(), org);
		}
		PhraseMatcher.Match<Lexicons.Title> title = lex.titles.at(tokens, i);
		if (title == null) {
			return null;
		}
		int j = title.end();
		while (j < tokens.size() && (QUOTES.contains(tokens.get(j).folded()) || tokens.get(j).is("باسم"))) {
			j++;
		}
		OrganizationReader.OrgHit org = orgAt.get(j);
		if (org == null) {
			return new TitleHit(i, title.end(), title.value().title(), title.value().titleEn(), null);
		}
		int end = org.end();
		while (end < tokens.size() && QUOTES.contains(tokens.get(end).folded()) && !tokens.get(end).is("(")) {
			end++;
		}
		return new TitleHit(i, end, title.value().title(), title.value().titleEn(), org);
	}
}
