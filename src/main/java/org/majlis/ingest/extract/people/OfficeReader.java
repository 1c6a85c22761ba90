package org.majlis.ingest.extract.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Office;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Possessive;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Reads an office at a token: a title that implies its organisation ("وزير الداخلية" of "وزارة الداخلية"), a title
 * followed by an organisation ("الأمين العام للمنظمة الدولية للشرطة الجنائية"), as a deputy's office ("نائب رئيس
 * الأمن العام"), with what belongs to the title ("المساعد لشؤون الأمن الجنائي", "بالإنابة") and the country that
 * qualifies it ("وزير الداخلية الجزائري", "في الجزائر"). A field named between the title and its organisation is part
 * of the title ("رئيس الجمعية العامة للأفريبول"), and so is a unit named inside a body below a ministry ("نائب مدير
 * إدارة المطلوبين بالإدارة العامة للتحريات"): the office is the body's.
 */
final class OfficeReader {

	private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "'", "’", "‘", "(", ")");
	private static final int MAX_COMPLEMENT = 4;
	private static final int MAX_DOMAIN = 5;
	private static final int MAX_ENVOY = 9;
	/** The most words of a generic national name that counts only as the organisation of a title ("الأمن العام"). */
	private static final int GENERIC_WORDS = 3;

	private final Lexicons lex;
	private final ArticleContext a;
	private final List<Token> tokens;
	private final Map<Integer, Integer> orgAt = new HashMap<>();
	private final Nationality nationality;

	OfficeReader(Lexicons lex, ArticleContext a) {
		this.lex = lex;
		this.a = a;
		this.tokens = a.tokens;
		this.nationality = new Nationality(lex);
		for (int k = 0; k < a.organizations.size(); k++) {
			orgAt.putIfAbsent(a.organizations.get(k).start(), k);
		}
	}

	/** The office at token i, or null. */
	Office at(int i) {
		if (i < 0 || i >= tokens.size() || !tokens.get(i).word()) {
			return null;
		}
		PhraseMatcher.Match<OfficeLexicon.Title> implied = lex.offices.implying.at(tokens, i);
		PhraseMatcher.Match<String> deputy = lex.offices.qualifier(tokens, i);
		if (deputy != null && deputy.value().equals("deputy") && implied == null) {
			Office inner = at(deputy.end());
			if (inner != null && inner.position()) {
				String prefix = Tokenizer.withoutClitic(tokens.get(i), deputy.firstForm()) + a.text.substring(tokens.get(i).end(), tokens.get(deputy.end() - 1).end());
				String english = lex.offices.deputyEnglish.getOrDefault(String.join(" ", Tokenizer.words(prefix)), "Deputy");
				Office office = new Office(i, inner.end(), prefix + " " + withLam(deputy.end(), inner.title()), english + " " + inner.titleEn(), inner.org(),
						inner.country(), true);
				office = office.org() == null ? ofDelegation(office) : office;
				if (office.org() != null) {
					return office;
				}
			}
		}
		if (implied != null) {
			return qualified(implied(i, implied), implied.end());
		}
		PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(tokens, i);
		if (title == null) {
			return ofBodyNamedBefore(i);
		}
		Office ofPronoun = title.end() == i + 1 && Possessive.writtenForTaMarbuta(tokens.get(i), title.value().title()) ? ofBodyNamedBefore(i) : null;
		if (ofPronoun != null) {
			return ofPronoun;
		}
		// "رئيس جهاز الأمن الوقائي": a body named from inside the title takes the title's last words
		for (int k = i + 1; k < title.end(); k++) {
			OrgHit inner = orgAt.containsKey(k) ? a.organizations.get(orgAt.get(k)) : null;
			boolean named = inner != null && inner.kind() != OrgHit.Kind.ANAPHORA && inner.end() > title.end();
			PhraseMatcher.Match<OfficeLexicon.Title> shorter = named ? lex.offices.titles.at(tokens.subList(0, k), i) : null;
			if (shorter != null) {
				title = shorter;
				break;
			}
		}
		String written = Tokenizer.withoutClitic(tokens.get(i), title.firstForm()) + a.text.substring(tokens.get(i).end(), tokens.get(title.end() - 1).end());
		Office bare = new Office(i, title.end(), written, title.value().titleEn(), null, null, title.value().position());
		if (!title.value().position()) {
			return envoy(bare);
		}
		Office office = qualified(withOrganization(bare, title.value().body()), -1);
		office = office.org() == null && office.position() ? ofDelegation(office) : office;
		String first = title.value().title().split(" ")[0];
		OrgHit before = office.org() == null && office.position() && (first.endsWith("ه") || first.endsWith("ها")) ? bodyBefore(i) : null;
		// "أمينه العام", "مديرها العام" (title-lexicon forms with their pronoun): the body named before
		return before != null ? new Office(office.start(), office.end(), office.title(), office.titleEn(), before, office.country(), true) : office;
	}

	/**
	 * "وفدا من وكالة الاتحاد الأوروبي … (اليوروبول) برئاسة نائب المدير التنفيذي للعمليات …": an office that names no
	 * body, held by the head of a delegation from one, is that body's; the office as read otherwise.
	 */
	private Office ofDelegation(Office office) {
		int at = office.start() - 1;
		if (at < 1 || !tokens.get(at).forms().contains("برياسه")) {
			return office;
		}
		for (OrgHit org : a.organizations) {
			boolean right = org.end() == at || org.end() < at && at - org.end() <= 3
					&& tokens.subList(org.end(), at).stream().allMatch(t -> t.is("(") || t.is(")") || !t.word() || t.word() && !t.definite());
			if (right && org.kind() != OrgHit.Kind.ANAPHORA && a.sentenceIndex(org.start()) == a.sentenceIndex(at)) {
				return new Office(office.start(), office.end(), office.title(), office.titleEn(), org, office.country(), true);
			}
		}
		return office;
	}

	/** The body named last before token i, in its sentence or the one before, or null. */
	private OrgHit bodyBefore(int i) {
		int sentence = a.sentenceIndex(i);
		OrgHit body = null;
		for (OrgHit org : a.organizations) {
			if (org.end() <= i && org.kind() != OrgHit.Kind.ANAPHORA && a.sentenceIndex(org.start()) >= sentence - 1) {
				body = org;
			}
		}
		return body;
	}

	/** Offices whose pronoun stands for a person rather than a body ("بحضور نائبه", "ومستشاره", "ووكيله"). */
	private static final Set<String> PERSONAL = Set.of("Deputy", "Adviser", "Undersecretary", "Assistant");

	/**
	 * "زار مقر المديرية العامة للأمن الداخلي، حيث التقى مديرتها …", "مديره العام": a title of one word with a possessive
	 * pronoun is the office of the body named last before it, in its sentence or the one before, unless it is a person's
	 * deputy, adviser or undersecretary ("نائبه"); null when none is.
	 */
	private Office ofBodyNamedBefore(int i) {
		Token t = tokens.get(i);
		String her = Possessive.stem(t.folded(), "ها", 3);
		String form = her != null ? her : Possessive.stem(t.folded(), "ه", 3);
		if (form == null || lex.names.given(t)) {
			return null;
		}
		List<Token> alone = List.of(new Token(0, form, 0, form.length(), form, true, List.of(form), false));
		PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(alone, 0);
		if (title == null || title.end() != 1 || !title.value().position() || PERSONAL.contains(title.value().titleEn())) {
			return null;
		}
		OrgHit body = bodyBefore(i);
		if (body == null) {
			return null;
		}
		// "مديرته العامة": the adjective of a director general follows the pronoun
		boolean general = i + 1 < tokens.size() && (tokens.get(i + 1).is("العام") || tokens.get(i + 1).is("العامه"));
		String written = general ? "ال" + title.value().title() + " " + tokens.get(i + 1).text() : title.value().title();
		return new Office(i, general ? i + 2 : i + 1, written, title.value().titleEn(), body, null, true);
	}

	/** The title as written after a deputy's prefix: "النائب الأول لرئيس …", "النائب الأول للمدير العام". */
	private String withLam(int k, String title) {
		if (!tokens.get(k).folded().startsWith("ل") || ArabicText.key(title).startsWith("ل")) {
			return title;
		}
		return title.startsWith("ال") ? "ل" + title.substring(1) : "ل" + title;
	}

	/** "وزير الداخلية": the office and the organisation the title names, placed where the title is. */
	private Office implied(int i, PhraseMatcher.Match<OfficeLexicon.Title> implied) {
		OfficeLexicon.Title t = implied.value();
		OrganizationLexicon.Entry entry = lex.organizations.named(t.organization());
		String headForm = Tokenizer.words(t.organization()).get(0);
		OrgHit org = new OrgHit(i, implied.end(), entry, t.organization(), t.organization(),
				entry != null ? OrgHit.Kind.KNOWN : OrgHit.Kind.HEAD, false, headForm, entry == null || entry.national(), "",
				entry != null && !entry.country().isEmpty() ? entry.country() : null, null, -1);
		String written = Tokenizer.withoutClitic(tokens.get(i), implied.firstForm()) + a.text.substring(tokens.get(i).end(), tokens.get(implied.end() - 1).end());
		return new Office(i, implied.end(), written, t.titleEn(), org, null, true);
	}

	/**
	 * The organisation after a title, with the field or unit between them that belongs to the title; without one, the
	 * body the words after the title name, for a title that heads one ({@code body}: see {@link OfficeLexicon.Title}).
	 */
	private Office withOrganization(Office bare, String body) {
		int j = bare.end();
		while (j < tokens.size() && (QUOTES.contains(tokens.get(j).folded()) && !tokens.get(j).is("(") || lex.functions.is(tokens.get(j), FunctionWords.Role.ON_BEHALF))) {
			j++;
		}
		int k = j;
		while (k < tokens.size() && k - j <= MAX_COMPLEMENT) {
			Integer index = orgAt.get(k);
			boolean joined = index != null && k > j && throughConjunction(k) && complementWord(k, false);
			if (index != null && !joined) {
				return absorb(bare, j, k, index);
			}
			boolean link = k > j && (lex.functions.is(tokens.get(k), FunctionWords.Role.LOCATIVE) || lex.functions.is(tokens.get(k), FunctionWords.Role.ACCREDITED));
			Integer after = link ? orgAt.getOrDefault(k + 1, corpsOf(k + 1)) : null;
			if (after != null) {
				Office office = absorb(bare, j, k, after);
				return new Office(office.start(), office.end(), office.title(), office.titleEn(), office.org(), office.country(), true);
			}
			PhraseMatcher.Match<OfficeLexicon.Rank> rank = lex.offices.ranks.at(tokens, k);
			if (rank != null && !rank.value().stored()) {
				Office nested = at(rank.end());
				if (nested != null && nested.org() != null) {
					String title = (bare.title() + " " + a.textOf(j, k) + " " + nested.title()).replaceAll("\\s+", " ").strip();
					return new Office(bare.start(), nested.end(), title, bare.titleEn(), nested.org(), nested.country(), true);
				}
				break;
			}
			if (k > j) {
				Office nested = at(k);
				if (nested != null && (throughConjunction(k) || minister(k))) {
					break;
				}
				if (nested != null && nested.org() != null) {
					String title = bare.title() + " " + a.textOf(j, nested.start()).replaceAll("\\s+", " ").strip();
					return new Office(bare.start(), nested.end(), (title.strip() + " " + nested.title()).replaceAll("\\s+", " "), bare.titleEn(),
							nested.org(), nested.country(), true);
				}
			}
			if (!complementWord(k, k == j)) {
				break;
			}
			k++;
		}
		if (k > j) {
			return new Office(bare.start(), k, bare.title() + " " + a.textOf(j, k), bare.titleEn(), body(body, j, k), null, true);
		}
		return bare;
	}

	/**
	 * "وزير الشؤون الداخلية": the ministry the words after a minister's title name; "المديرة العامة للأمن الداخلي": the
	 * body named after "ل" and the article, unless they are the office's field ("المدير التنفيذي للعمليات"), "مدير عام
	 * التحريات والبحث الجنائي": the body in the construct state. Null when the title heads no body or the words do not name one.
	 */
	private OrgHit body(String body, int j, int k) {
		Token first = tokens.get(j);
		String name;
		if (body.equals("ministry") && first.folded().startsWith("ال") && lex.words.ownKind(first) == null && !tokens.get(j - 1).definite()) {
			name = "وزارة " + a.textOf(j, k);
		}
		else if (body.equals("named") && first.folded().startsWith("لل") && first.folded().length() > 4 && !domain(j)) {
			name = Tokenizer.withoutClitic(first, "ال" + first.folded().substring(2)) + a.text.substring(first.end(), tokens.get(k - 1).end());
		}
		else if (body.equals("named") && first.folded().startsWith("ال") && !tokens.get(j - 1).definite()) {
			name = a.textOf(j, k);
		}
		else {
			return null;
		}
		name = name.replaceAll("\\s+", " ").strip();
		String level = body.equals("ministry") ? "ministry" : "body";
		return new OrgHit(j, k, null, name, name, OrgHit.Kind.HEAD, false, Tokenizer.words(name).get(0), true, level, null, null, -1);
	}

	/** "للعمليات", "لشؤون …": a field of the office ({@code title-qualifiers.tsv}), not a body it heads. */
	private boolean domain(int j) {
		PhraseMatcher.Match<String> q = lex.offices.qualifier(tokens, j);
		return q != null && q.value().equals("domain");
	}

	/**
	 * The organisation at token k follows the title: words between are part of the title, and so is a function or
	 * unit whose own body follows it; the office is then that body's.
	 */
	private Office absorb(Office bare, int j, int k, int index) {
		OrgHit org = a.organizations.get(index);
		String title = k > j ? bare.title() + " " + a.textOf(j, k) : bare.title();
		int containerIndex = container(index);
		OrgHit ministry = containerIndex < 0 ? ministryOfBareMinister(bare, org) : null;
		if (ministry != null) {
			a.absorbed.add(org);
			return new Office(bare.start(), org.end(), title + " " + a.textOf(org.start(), org.end()), bare.titleEn(), ministry, null, true);
		}
		if (containerIndex >= 0) {
			OrgHit container = a.organizations.get(containerIndex);
			boolean unit = "unit".equals(org.level()) || "office".equals(org.level());
			if (org.contextual() || unit && !ministry(container)) {
				a.absorbed.add(org);
				return new Office(bare.start(), container.end(), title + " " + a.textOf(org.start(), org.end()), bare.titleEn(), container, null, true);
			}
			// "رئيس المجلس الأعلى لجامعة نايف …": the office is the inner body's, and its words run on through the container
			if (container.start() >= org.end() && container.start() <= org.end() + 1) {
				return new Office(bare.start(), container.end(), title, bare.titleEn(), org, null, true);
			}
		}
		int end = throughRegion(org.end());
		Integer body = end > org.end() ? orgAt.get(end) : null;
		Token link = end < tokens.size() ? tokens.get(end) : null;
		if (body != null && a.organizations.get(body).kind() != OrgHit.Kind.ANAPHORA && (link.folded().startsWith("ب") || link.folded().startsWith("ل"))) {
			// "رئيس مكتب الاتصال لشرق أفريقيا والقرن الأفريقي بالإنتربول": the body the regional office is part of ends the office
			return new Office(bare.start(), a.organizations.get(body).end(), title, bare.titleEn(), org, null, true);
		}
		return new Office(bare.start(), throughAnaphora(end), title, bare.titleEn(), org, null, true);
	}

	/**
	 * "مدير المكتب الإقليمي في الشرق الأوسط وشمال أفريقيا فلان": the region a regional body serves belongs to the office,
	 * and the name follows it.
	 */
	private int throughRegion(int end) {
		int k = end < tokens.size() && (lex.functions.is(tokens.get(end), FunctionWords.Role.LOCATIVE) || tokens.get(end).is("ل")) ? end + 1 : end;
		if (k < tokens.size() && "region".equals(lex.places.placeNoun(tokens, k)) && lex.places.regions.at(tokens, k + 1) != null) {
			k++;
		}
		PhraseMatcher.Match<Boolean> region = k < tokens.size() ? lex.places.regions.at(tokens, k) : null;
		if (region == null || region.start() != k) {
			return end;
		}
		int out = region.end();
		while (out < tokens.size() && tokens.get(out).folded().startsWith("و")) {
			PhraseMatcher.Match<Boolean> next = lex.places.regions.at(tokens, out);
			if (next == null) {
				break;
			}
			out = next.end();
		}
		return out;
	}

	/**
	 * "رئيسة وحدة التعاون الدولي بالوزارة الدكتورة …": the body the article spoke of before, repeated by its head noun
	 * after the unit, belongs to the office, and the name follows it.
	 */
	private int throughAnaphora(int end) {
		Integer next = orgAt.get(end);
		if (next == null) {
			return end;
		}
		OrgHit org = a.organizations.get(next);
		Token t = tokens.get(end);
		boolean joined = t.folded().startsWith("ب") || lex.functions.is(t, FunctionWords.Role.LOCATIVE);
		return org.kind() == OrgHit.Kind.ANAPHORA && org.end() == end + 1 && joined ? org.end() : end;
	}

	/** The organisation this one is part of, or that follows it with "ب", "في" or "لـ": its body. */
	private int container(int index) {
		OrgHit org = a.organizations.get(index);
		if (org.parent() >= 0) {
			return org.parent();
		}
		Integer next = orgAt.get(org.end());
		if (next != null && a.organizations.get(next).kind() != OrgHit.Kind.ANAPHORA) {
			Token t = tokens.get(org.end());
			if (t.folded().startsWith("ل") && !t.forms().getFirst().equals(t.forms().getLast())) {
				return next;
			}
		}
		Integer accredited = org.end() < tokens.size() && lex.functions.is(tokens.get(org.end()), FunctionWords.Role.ACCREDITED) ? orgAt.get(org.end() + 1) : null;
		return accredited != null && a.organizations.get(accredited).kind() != OrgHit.Kind.ANAPHORA ? accredited : -1;
	}

	/**
	 * "مساعد الوزير لقطاع الأمن العام": after the bare title "الوزير", a unit is the field of the office, which is in the
	 * ministry the article named before it; null when the title is not that, the body no unit, or no ministry came before.
	 */
	private OrgHit ministryOfBareMinister(Office bare, OrgHit org) {
		Token first = tokens.get(bare.start());
		PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(tokens, bare.start());
		boolean bareMinister = first.definite() && title != null && title.end() - bare.start() == 1 && "ministry".equals(title.value().body());
		if (!bareMinister || !("unit".equals(org.level()) || "office".equals(org.level()))) {
			return null;
		}
		OrgHit before = null;
		for (OrgHit o : a.organizations) {
			if (o.end() <= bare.start() && ministry(o) && o.kind() != OrgHit.Kind.ANAPHORA) {
				before = o;
			}
		}
		for (int i = bare.start() - 1; i >= 0 && (before == null || i >= before.end()); i--) {
			PhraseMatcher.Match<OfficeLexicon.Title> minister = lex.offices.implying.at(tokens, i);
			if (minister != null && minister.end() <= bare.start() && Tokenizer.words(minister.value().organization()).get(0).equals("وزاره")) {
				return implied(i, minister).org();
			}
		}
		return before;
	}

	private static boolean ministry(OrgHit org) {
		return "ministry".equals(org.level()) || org.entry() != null && Tokenizer.words(org.entry().name()).get(0).equals("وزاره")
				|| Tokenizer.words(org.surface()).get(0).equals("وزاره");
	}

	/**
	 * "وزير الداخلية واللامركزية", "وزير العدل والشؤون الداخلية": a field joined by "و" to a minister's title, up to the
	 * next delimiter; answers the end of the field, or k when none starts there.
	 */
	private int ministryField(int k) {
		if (!lex.conjoined(tokens, k) || !complementWord(k, false) || opensOther(k)) {
			return k;
		}
		int end = k + 1;
		while (end < tokens.size() && end - k < MAX_COMPLEMENT && !lex.conjoined(tokens, end) && complementWord(end, false)) {
			end++;
		}
		return end;
	}

	/**
	 * "المدير العام للأمن الوطني ومديرية مراقبة التراب الوطني": a second body joined by "و" to an office's is headed by
	 * the same holder; its office, with the title's head ("المدير العام"), or null. A generic name ("والأمن العام" of
	 * "الشرطة والأمن العام في دبي") is rather part of the first body's name.
	 */
	Office conjoinedBody(Office office) {
		int k = office.end();
		Integer index = office.org() != null && k < tokens.size() ? orgAt.get(k) : null;
		if (index == null || a.organizations.get(index).kind() == OrgHit.Kind.ANAPHORA || generic(a.organizations.get(index)) || !throughConjunction(k)) {
			return null;
		}
		OrgHit org = a.organizations.get(index);
		PhraseMatcher.Match<OfficeLexicon.Title> head = lex.offices.titles.at(tokens, office.start());
		String title = head != null && head.end() <= k ? Tokenizer.withoutClitic(tokens.get(office.start()), head.firstForm())
				+ a.text.substring(tokens.get(office.start()).end(), tokens.get(head.end() - 1).end()) : office.title();
		return new Office(k, org.end(), title, office.titleEn(), org, null, true);
	}

	/** A generic national name of two words at most ("الأمن العام"), not one with a head noun of its own ("مديرية مراقبة …"). */
	private static boolean generic(OrgHit org) {
		return org.contextual() && org.end() - org.start() < GENERIC_WORDS;
	}

	/**
	 * "مدير إدارة العلاقات العامة والإعلام بالجامعة": a unit followed, before the holder's name, by the body it belongs
	 * to after "ب"; that body (also one repeated: "بالجامعة"), or null.
	 */
	private OrgHit unitOf(OrgHit unit, int from, int to) {
		if (!"unit".equals(unit.level()) && !"office".equals(unit.level())) {
			return null;
		}
		for (int k = from; k < to; k++) {
			Integer index = orgAt.get(k);
			if (index != null && tokens.get(k).folded().startsWith("ب") && !ministry(a.organizations.get(index))) {
				return a.organizations.get(index);
			}
		}
		return null;
	}

	/** "في فيلق الشرطة الوطنية": a word no lexicon knows before the name of a body, the kind of unit it is; the body, or null. */
	private Integer corpsOf(int k) {
		if (k + 1 >= tokens.size()) {
			return null;
		}
		Token t = tokens.get(k);
		boolean plain = t.word() && !t.number() && !t.definite() && lex.words.kind(t) == null && !lex.names.given(t) && lex.offices.titles.at(tokens, k) == null;
		return plain ? orgAt.get(k + 1) : null;
	}

	/**
	 * "رئيسة المؤسسة القطرية لمكافحة الاتجار بالبشر مريم …": the purpose of a body after its name (after "ل", or the rest
	 * of it after "ب" or "و": "عميد مركز الدراسات والبحوث الدكتور …"), up to a given name or rank that opens the
	 * holder's; answers the end of the purpose, or k when none follows.
	 */
	private int purposeBeforeName(int k) {
		Token first = tokens.get(k);
		boolean prepositional = first.folded().startsWith("ل") || first.folded().startsWith("بال") || first.folded().startsWith("وال");
		if (!first.word() || !prepositional || first.folded().length() < 4 || lex.names.given(first) || opensOther(k)
				|| first.folded().startsWith("و") && !lex.conjoined(tokens, k)) {
			return k;
		}
		for (int m = k + 1; m < tokens.size() && m <= k + MAX_COMPLEMENT; m++) {
			Token t = tokens.get(m);
			if (!t.word() || t.number() || t.lineStart() || lex.words.ownKind(t) == WordLexicon.Kind.STOP || lex.words.kind(t) == WordLexicon.Kind.VERB) {
				return k;
			}
			if (lex.names.givenExactly(t) || lex.offices.ranks.at(tokens, m) != null || foreignNameAfterPurpose(m)) {
				return m;
			}
		}
		return k;
	}

	/** The most words of a name no lexicon knows that may close a purpose ("لمكافحة الجرائم السيبرانية كريغ جونز"). */
	private static final int FOREIGN_NAME_WORDS = 3;

	/**
	 * "مدير الإنتربول لمكافحة الجرائم السيبرانية كريغ جونز.": after a purpose in definite words, two or three plain
	 * words that no lexicon knows, which end the clause, are the holder's name though no given name opens it.
	 */
	private boolean foreignNameAfterPurpose(int m) {
		Token last = tokens.get(m - 1);
		if (!last.definite() && !last.folded().startsWith("لل")) {
			return false;
		}
		int end = m;
		while (end < tokens.size() && end - m < FOREIGN_NAME_WORDS && plainUnknown(end)) {
			end++;
		}
		boolean closes = end >= tokens.size() || !tokens.get(end).word() || tokens.get(end).lineStart() || lex.conjoined(tokens, end);
		return end - m >= 2 && closes;
	}

	private boolean plainUnknown(int k) {
		Token t = tokens.get(k);
		return t.word() && !t.number() && !t.definite() && !t.lineStart() && lex.words.kind(t) == null && lex.offices.titles.at(tokens, k) == null
				&& lex.offices.ranks.at(tokens, k) == null && lex.places.places.at(tokens, k) == null
				&& !lex.conjoined(tokens, k);
	}

	/** "وزير الداخلية", "وزير الشؤون الداخلية": a minister's title starts at k, an office of its own after another title. */
	private boolean minister(int k) {
		PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(tokens, k);
		return lex.offices.implying.at(tokens, k) != null || title != null && title.value().body().equals("ministry");
	}

	/** "ورئيس …" after a title: a second office joined by "و", not a unit of the first. */
	boolean throughConjunction(int k) {
		return !tokens.get(k).is("و") && throughClitic(k, "و");
	}

	/**
	 * The title at k is read through a clitic, one of {@code letters} ("ونائب", "بالأمين العام"): the word does not
	 * start a title as written ("وزير", "وكيل", "لواء" do).
	 */
	boolean throughClitic(int k, String letters) {
		Token t = tokens.get(k);
		if (t.folded().isEmpty() || letters.indexOf(t.folded().charAt(0)) < 0) {
			return false;
		}
		PhraseMatcher.Match<?>[] matches = { lex.offices.titles.at(tokens, k), lex.offices.implying.at(tokens, k), lex.offices.qualifier(tokens, k) };
		for (PhraseMatcher.Match<?> m : matches) {
			if (m != null && m.firstForm().equals(t.folded())) {
				return false;
			}
		}
		return true;
	}

	/** An office, rank, organisation or event noun starts at k: no field of a title. */
	private boolean opensOther(int k) {
		return lex.offices.titles.at(tokens, k) != null || lex.offices.implying.at(tokens, k) != null || lex.offices.ranks.at(tokens, k) != null
				|| lex.offices.qualifier(tokens, k) != null || orgAt.containsKey(k) || lex.events.nouns.at(tokens, k) != null
				|| lex.events.participation.at(tokens, k) != null;
	}

	/**
	 * A word between a title and its organisation, or the field of an office without one ("قائد الحماية والتعزيز"):
	 * definite, and not a name, rank, nationality or function word; after the first, also joined by "و".
	 */
	private boolean complementWord(int k, boolean first) {
		Token t = tokens.get(k);
		if (!t.word() || t.number() || t.lineStart() || !t.definite() || first && lex.conjoined(tokens, k)) {
			return false;
		}
		WordLexicon.Kind own = lex.words.ownKind(t);
		// a word with the article is no verb: "والسلم" is not "سلم"
		WordLexicon.Kind kind = lex.words.kind(t) == WordLexicon.Kind.VERB ? own : lex.words.kind(t);
		boolean word = own == null || own == WordLexicon.Kind.GENERIC;
		boolean noun = kind == null || kind == WordLexicon.Kind.GENERIC || kind == WordLexicon.Kind.STOP && !first;
		return word && noun && nationality.of(t) == null && lex.offices.ranks.at(tokens, k) == null && lex.offices.titles.at(tokens, k) == null
				&& lex.places.places.at(tokens, k) == null && !lex.names.givenExactly(t) && !lex.names.givenDefinite(t);
	}

	/** What follows the title and belongs to it: nationality, country phrase, qualifiers, a field ("لشؤون …"). */
	private Office qualified(Office office, int from) {
		int end = office.end();
		String title = office.title();
		String country = office.country();
		OrgHit held = office.org();
		for (int steps = 0; steps < 6 && end < tokens.size() && !tokens.get(end).lineStart(); steps++) {
			Token t = tokens.get(end);
			int field = country == null && held != null && ministry(held) ? ministryField(end) : end;
			if (field > end) {
				title = title + " " + a.textOf(end, field);
				String name = held.surface() + " " + a.textOf(end, field).replaceAll("\\s+", " ");
				held = new OrgHit(held.start(), field, null, name, name, OrgHit.Kind.HEAD, false, held.headForm(), true, "ministry", null, null, -1);
				end = field;
				continue;
			}
			int government = held != null && ministry(held) ? governmentAfter(end) : end;
			if (government > end) {
				end = government;
				continue;
			}
			String nisba = t.definite() && !lex.conjoined(tokens, end) ? nationality.of(t) : null;
			if (nisba != null && country == null) {
				country = nisba;
				end++;
				continue;
			}
			String construct = country == null && end == office.end() && office.org() != null && !tokens.get(end - 1).definite()
					? placeKeyAt(end) : null;
			if (construct != null) {
				country = construct;
				int at = end;
				end = a.places.stream().filter(p -> p.start() == at || p.start() == at + 1 && p.entry() != null && construct.equals(p.entry().key()))
					.map(PlaceHit::end).max(Integer::compare).orElse(end + 1);
				continue;
			}
			int[] phrase = countryPhrase(end);
			if (phrase != null && country == null) {
				if (office.org() == null || office.org().national()) {
					country = a.places.stream().filter(p -> p.start() == phrase[1]).findFirst().map(p -> countryKey(p)).orElse(null);
				}
				end = phrase[0];
				continue;
			}
			Integer late = office.org() == null && office.position() ? orgAt.get(end) : null;
			if (late != null && a.organizations.get(late).kind() != OrgHit.Kind.ANAPHORA) {
				OrgHit org = a.organizations.get(late);
				return new Office(office.start(), org.end(), title.replaceAll("\\s+", " "), office.titleEn(), org, country, true);
			}
			PhraseMatcher.Match<String> q = lex.offices.qualifier(tokens, end);
			if (q != null && (q.value().equals("after") || q.value().equals("region") && held == null && country == null)) {
				title = title + " " + a.textOf(end, q.end());
				end = q.end();
				continue;
			}
			if (q != null && q.value().equals("domain")) {
				int k = q.end();
				while (k < tokens.size() && k - q.end() < MAX_DOMAIN && domainWord(k)) {
					k++;
				}
				// "للشؤون الإدارية" runs on; "للعمليات" is the whole field
				if (k > q.end() || tokens.get(end).definite()) {
					title = title + " " + a.textOf(end, k);
					end = k;
					continue;
				}
			}
			if (held != null && country == null) {
				int purpose = purposeBeforeName(end);
				OrgHit body = unitOf(held, end, purpose);
				if (body != null) {
					a.absorbed.add(held);
					title = title + " " + a.textOf(held.start(), held.end());
					held = body;
				}
				end = purpose;
			}
			// "كاتبة الدولة الإسبانية للأمن آنا …": an office of no body, its country said, then its field before the name
			int ownField = held == null && country != null ? purposeBeforeName(end) : end;
			if (ownField > end) {
				title = title + " " + a.textOf(end, ownField);
				end = ownField;
			}
			break;
		}
		return new Office(office.start(), end, title.replaceAll("\\s+", " "), office.titleEn(), held, country, office.position());
	}

	/**
	 * "وزير الداخلية بحكومة الوحدة الوطنية", "… في حكومة الوفاق الوطني": the government a minister serves in, after the
	 * title, belongs to the office and the name follows it; the token after the government's words with the article, or k.
	 */
	private int governmentAfter(int k) {
		int at = k < tokens.size() && lex.functions.is(tokens.get(k), FunctionWords.Role.LOCATIVE) ? k + 1 : k;
		if (at >= tokens.size() || !(at == k ? tokens.get(at).is("بحكومه") : tokens.get(at).is("حكومه"))) {
			return k;
		}
		int j = at + 1;
		while (j < tokens.size() && tokens.get(j).word() && tokens.get(j).definite() && !lex.names.givenDefinite(tokens.get(j))
				&& lex.offices.ranks.at(tokens, j) == null && lex.offices.titles.at(tokens, j) == null) {
			j++;
		}
		return j > at + 1 ? j : k;
	}

	private boolean domainWord(int k) {
		Token t = tokens.get(k);
		if (!t.word() || t.number() || t.lineStart() || lex.offices.ranks.at(tokens, k) != null || lex.names.givenExactly(t) || lex.names.givenDefinite(t)) {
			return false;
		}
		WordLexicon.Kind kind = lex.words.kind(t);
		return t.definite() && (kind == null || kind == WordLexicon.Kind.GENERIC);
	}

	/** "في الجزائر", "بجمهورية زامبيا": answers {end of the phrase, token where the place starts}, or null. */
	private int[] countryPhrase(int j) {
		boolean preposition = lex.functions.is(tokens.get(j), FunctionWords.Role.LOCATIVE);
		int k = preposition ? j + 1 : j;
		if (k >= tokens.size()) {
			return null;
		}
		Token first = tokens.get(k);
		boolean prefixed = first.folded().startsWith("ب") && !first.forms().getFirst().equals(first.forms().getLast());
		if (!preposition && !prefixed) {
			return null;
		}
		int placeStart = "state".equals(lex.places.placeNoun(tokens, k)) ? k + 1 : k;
		for (PlaceHit p : a.places) {
			if ((p.start() == k || p.start() == placeStart) && p.entry() != null) {
				return new int[] { p.end(), p.start() };
			}
		}
		return null;
	}

	/** "وزير داخلية إيطاليا", "وزير داخلية دولة رواندا": a country right after a title in the construct state. */
	private String placeKeyAt(int k) {
		int start = "state".equals(lex.places.placeNoun(tokens, k)) ? k + 1 : k;
		for (PlaceHit p : a.places) {
			if ((p.start() == k || p.start() == start) && p.entry() != null && p.entry().kind() == org.majlis.place.PlaceKind.COUNTRY) {
				return p.entry().key();
			}
		}
		return null;
	}

	private static String countryKey(PlaceHit p) {
		return p.entry().kind() == org.majlis.place.PlaceKind.COUNTRY ? p.entry().key() : p.entry().country();
	}

	/**
	 * "سفير جمهورية إيطاليا الصديقة لدى البلاد": an envoy's title runs on through the country represented and the
	 * one accredited to, up to the name; the country represented qualifies it. A representative's or member's runs
	 * through the body named right after it.
	 */
	private Office envoy(Office bare) {
		int end = bare.end();
		Integer represented = orgAt.get(end);
		if (represented != null && a.organizations.get(represented).kind() != OrgHit.Kind.ANAPHORA) {
			// "ممثل مكتب الأمم المتحدة … فلان": the body represented runs up to the name ("سفير الاتحاد الأوروبي لدى …" goes on)
			int after = a.organizations.get(represented).end();
			Token next = after < tokens.size() ? tokens.get(after) : null;
			if (next == null || !lex.functions.is(next, FunctionWords.Role.ACCREDITED) && !lex.functions.is(next, FunctionWords.Role.LOCATIVE)) {
				return new Office(bare.start(), after, bare.title(), bare.titleEn(), null, null, false);
			}
		}
		String country = null;
		while (end < tokens.size() && end - bare.end() < MAX_ENVOY) {
			Token t = tokens.get(end);
			if (!t.word() || t.lineStart() || lex.offices.ranks.at(tokens, end) != null || lex.names.given(t) && end > bare.end()) {
				break;
			}
			PlaceHit place = null;
			for (PlaceHit p : a.places) {
				if (p.start() == end && p.entry() != null) {
					place = p;
				}
			}
			if (place != null) {
				country = country == null ? countryKey(place) : country;
				end = place.end();
				continue;
			}
			String nisba = nationality.of(t);
			if (nisba != null) {
				country = country == null ? nisba : country;
				end++;
				continue;
			}
			WordLexicon.Kind kind = lex.words.kind(t);
			boolean link = lex.functions.is(t, FunctionWords.Role.ACCREDITED) || lex.functions.is(t, FunctionWords.Role.LOCATIVE);
			if (!link && (kind == WordLexicon.Kind.VERB || kind == WordLexicon.Kind.STOP || kind == WordLexicon.Kind.REFERENCE)) {
				break;
			}
			// "السفير الياباني تاكيشي …": after the country, a word without the article that names no state opens the name
			if (!link && country != null && !t.definite() && !lex.places.stateWord(t)) {
				break;
			}
			end++;
		}
		if (end > bare.end() && country == null) {
			end = bare.end();
		}
		return new Office(bare.start(), end, bare.title(), bare.titleEn(), null, country, false);
	}
}
