package org.majlis.ingest.extract.organizations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.CountryChoice;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Office;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PersonHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.RoleHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.place.PlaceKind;

/**
 * Gives every national body ("وزارة الداخلية", "الأمن العام") its country from evidence in the text, never by
 * guess: the country its name or office states ("الإيطالية", "بدولة الكويت", "وزير الداخلية الجزائري"), or a place
 * after the list of bodies it ends; the country of a senior official a reader knows ({@code officials.tsv}) or of a
 * ruling family for the bodies of their offices; for a visitor's body, the one country named besides the one visited;
 * the country of the article's dateline or news agency; the same body named elsewhere in the article with its country;
 * else the article's own country (see {@link HomeCountry}, and {@code ownCountry} for an article told from a known
 * official's side). Without evidence the country stays unknown.
 */
public final class AssignCountries implements Stage {

	private static final int FAMILY_AFTER_NAME = 3;
	private static final String IN_THE_NAME = "country in the name";
	private static final String KNOWN_OFFICIAL = "a known official's country";
	private static final String RULING_FAMILY = "the holder's ruling family";
	/** The rules by which a country is known though the text does not name it. */
	private static final Set<String> UNMARKED = Set.of(KNOWN_OFFICIAL, RULING_FAMILY);

	private final Lexicons lex;

	public AssignCountries(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES, Finding.DATELINE, Finding.ORGANIZATIONS, Finding.PEOPLE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.COUNTRIES);
	}

	@Override
	public void apply(ArticleContext a) {
		Offices offices = offices(a);
		Map<OrgHit, CountryChoice> choices = statedCountries(a);
		HomeCountry home = new HomeCountry(lex, a);
		Set<String> candidates = candidates(a);
		Set<String> visiting = visitorCountries(choices, offices.holders(), home);
		home.visitorsFrom(visiting, candidates);
		for (OrgHit org : mentions(a)) {
			if (org.national() && !choices.containsKey(org) && visitors(a, org, offices, home)) {
				CountryChoice choice = visitorsCountry(home, candidates);
				if (choice != null) {
					choices.put(org, choice);
				}
			}
		}
		Map<String, List<Named>> named = namedWithCountry(a, offices, choices);
		String only = onlyCountry(choices);
		CountryChoice own = ownCountry(a, home, choices);
		for (OrgHit org : mentions(a)) {
			if (org.national() && !choices.containsKey(org)) {
				CountryChoice choice = inferred(a, org, offices, home, named, visiting, own);
				String inside = visitors(a, org, offices, home) ? null : bodyInside(org, choices);
				if (inside != null && (choice == null || !choice.rule().startsWith("the same body"))) {
					choice = new CountryChoice(inside, "country of the body its name ends with");
				}
				if (choice == null && only != null && home.country() == null) {
					choice = new CountryChoice(only, "the one country of the article's bodies");
				}
				if (choice != null) {
					choices.put(org, choice);
				}
			}
		}
		a.countries = choices;
		a.homeCountry = home.country();
	}

	/**
	 * The offices that name an organisation, and who holds them, by the organisation's mention.
	 *
	 * @param holders the person of the article who holds the office in each organisation
	 * @param officeOf the office each organisation is named by
	 */
	private record Offices(Map<OrgHit, PersonHit> holders, Map<OrgHit, Office> officeOf) {
	}

	private Offices offices(ArticleContext a) {
		Map<OrgHit, PersonHit> holders = new IdentityHashMap<>();
		Map<OrgHit, Office> officeOf = new IdentityHashMap<>();
		for (PersonHit person : a.personHits) {
			for (Office office : person.offices()) {
				if (office.org() != null) {
					holders.put(office.org(), person);
					officeOf.put(office.org(), office);
				}
			}
		}
		for (RoleHit role : a.roleHits) {
			officeOf.put(role.office().org(), role.office());
			PersonHit holder = holderOf(a, role.office());
			if (holder != null) {
				holders.put(role.office().org(), holder);
			}
		}
		return new Offices(holders, officeOf);
	}

	/**
	 * The countries the text states for bodies: in the name or the office, for the holder's other offices, and for a
	 * unit the country of the body it is part of.
	 */
	private Map<OrgHit, CountryChoice> statedCountries(ArticleContext a) {
		Map<OrgHit, CountryChoice> choices = new IdentityHashMap<>();
		for (PersonHit person : a.personHits) {
			for (Office office : person.offices()) {
				if (office.org() != null) {
					explicit(office.org(), office.country(), choices);
				}
			}
		}
		for (RoleHit role : a.roleHits) {
			explicit(role.office().org(), role.office().country(), choices);
		}
		for (OrgHit org : a.organizations) {
			explicit(org, null, choices);
		}
		listedBeforeTheirCountry(a, choices);
		represented(a, choices);
		a.personHits.forEach(person -> family(a, person, choices));
		a.personHits.forEach(person -> knownOfficial(person, choices));
		a.personHits.forEach(person -> sameCountryOffices(person, choices));
		for (OrgHit org : a.organizations) {
			OrgHit parent = org.parent() >= 0 ? a.organizations.get(org.parent()) : null;
			if (parent != null && org.national() && !choices.containsKey(org) && choices.containsKey(parent)) {
				choices.put(org, new CountryChoice(choices.get(parent).country(), "country of the body it is part of"));
			}
			else if (parent != null && parent.national() && !choices.containsKey(parent) && countryOf(org, choices) != null) {
				choices.put(parent, new CountryChoice(countryOf(org, choices), "country of a unit it holds"));
			}
		}
		return choices;
	}

	/**
	 * "الشيخ أحمد … الصباح وزير الداخلية": a ruling family's name in or right after a person's name makes the national
	 * bodies of the person's offices that family's country.
	 */
	private void family(ArticleContext a, PersonHit person, Map<OrgHit, CountryChoice> choices) {
		int end = Math.min(a.tokens.size(), person.end() + FAMILY_AFTER_NAME);
		String country = null;
		for (int k = person.start(); k < end && country == null; k++) {
			if (k >= person.end() && !a.tokens.get(k).word()) {
				break;
			}
			PhraseMatcher.Match<String> m = lex.places.families.at(a.tokens, k);
			country = m == null ? null : m.value();
		}
		if (country == null) {
			return;
		}
		for (Office office : person.offices()) {
			if (office.org() != null && office.org().national() && office.position() && !choices.containsKey(office.org())) {
				choices.put(office.org(), new CountryChoice(country, RULING_FAMILY));
			}
		}
	}

	/**
	 * "يمثل المملكة المغربية", "ممثلا لدولة الكويت": the national bodies a sentence names, and those of the offices of
	 * its people, are of the country the sentence says they represent; of its clause's, when it names several. "ترأس
	 * وفد دولة قطر العميد …", "الوفد السعودي برئاسة …", "وفد من وزارة الداخلية السودانية برئاسة …": the national bodies
	 * of the offices of the people named after a delegation in its clause are the delegation's country (not after
	 * "بالوفد", the delegation someone welcomes); so are those of the members a later "وضم الوفد …" or "وضم الوفد
	 * العراقي …" lists, through the sentence, and those of a person named right after "من" and a country ("وشارك من
	 * الكويت العميد …"). What one mention of a person says holds for the offices stated of them elsewhere ("… العميد
	 * فلان. وهو مدير …").
	 */
	private void represented(ArticleContext a, Map<OrgHit, CountryChoice> choices) {
		List<Represented> cues = new ArrayList<>();
		for (int k = 0; k < a.tokens.size(); k++) {
			PhraseMatcher.Match<Boolean> cue = lex.places.represents.at(a.tokens, k);
			String country = cue == null ? null : countryRightAfter(a, cue.end());
			if (country != null) {
				cues.add(new Represented(k, a.sentenceIndex(k), clauseOf(a, k), country, false));
			}
			boolean object = a.tokens.get(k).afterPreposition();
			PhraseMatcher.Match<Boolean> delegation = cue == null && !object ? lex.places.delegations.at(a.tokens, k) : null;
			country = delegation == null ? null : countryRightAfter(a, delegation.end());
			if (delegation != null && country == null) {
				country = nisbaRightAfter(a, delegation.end());
			}
			if (delegation != null && country == null) {
				country = bodyRightAfter(a, delegation.end());
			}
			boolean comprising = delegation != null && comprisedBy(a, k);
			if (comprising && country == null) {
				country = cues.stream().filter(Represented::delegation).map(Represented::country).reduce((x, y) -> y).orElse(null);
			}
			if (country != null) {
				cues.add(new Represented(k, a.sentenceIndex(k), comprising ? WHOLE_SENTENCE : clauseOf(a, k), country, true));
			}
			String from = cue == null && delegation == null ? fromCountryBeforePerson(a, k) : null;
			if (from != null) {
				cues.add(new Represented(k, a.sentenceIndex(k), clauseOf(a, k), from, true));
			}
		}
		if (cues.isEmpty()) {
			return;
		}
		Map<String, String> byName = new HashMap<>();
		for (PersonHit person : a.personHits) {
			String country = representedAt(a, cues, person.start(), true);
			if (country != null) {
				byName.putIfAbsent(person.name(), country);
			}
		}
		for (PersonHit person : a.personHits) {
			String country = byName.get(person.name());
			if (country != null) {
				CountryChoice choice = new CountryChoice(country, "the country its people represent");
				person.offices().stream().filter(o -> o.org() != null && o.org().national() && o.position())
					.forEach(o -> choices.putIfAbsent(o.org(), choice));
			}
		}
		for (OrgHit org : a.organizations) {
			String country = org.national() ? representedAt(a, cues, org.start(), false) : null;
			if (country != null) {
				choices.putIfAbsent(org, new CountryChoice(country, "the country its people represent"));
			}
		}
	}

	/** How far after the country of "من الكويت" the person it names may start: a rank or two between. */
	private static final int PERSON_AFTER_FROM = 3;

	/**
	 * "وشارك في المؤتمر من الكويت العميد فلان …": the country named after "من" at token k, when a person is named
	 * right after it (ranks between), so that it tells where that person comes from; null otherwise.
	 */
	private String fromCountryBeforePerson(ArticleContext a, int k) {
		if (!lex.functions.has(a.tokens.get(k), FunctionWords.Role.FROM)) {
			return null;
		}
		for (PlaceHit p : a.places) {
			if (p.entry() != null && p.entry().kind() == PlaceKind.COUNTRY && (p.start() == k + 1 || p.start() == k + 2 && a.tokens.get(k + 1).word())) {
				boolean personNext = a.personHits.stream().anyMatch(person -> person.start() >= p.end() && person.start() - p.end() <= PERSON_AFTER_FROM
						&& a.sentenceIndex(person.start()) == a.sentenceIndex(k)
						&& IntStream.range(p.end(), person.start()).allMatch(j -> a.tokens.get(j).word()));
				return personNext ? p.entry().key() : null;
			}
		}
		return null;
	}

	/**
	 * A word of representing, or a delegation ({@code delegation}), at token {@code at}, in its sentence and clause,
	 * with the country it names.
	 */
	private record Represented(int at, int sentence, int clause, String country, boolean delegation) {
	}

	/**
	 * The country represented where token k stands. A delegation's country is that of the people named after it in
	 * its clause; a word of representing tells its sentence's one country, or, when the sentence names several, its
	 * clause's.
	 */
	private static String representedAt(ArticleContext a, List<Represented> cues, int k, boolean person) {
		int sentence = a.sentenceIndex(k);
		int clause = clauseOf(a, k);
		if (person) {
			String delegation = cues.stream()
				.filter(c -> c.delegation() && c.sentence() == sentence && (c.clause() == clause || c.clause() == WHOLE_SENTENCE) && c.at() < k)
				.map(Represented::country).reduce((first, last) -> last).orElse(null);
			if (delegation != null) {
				return delegation;
			}
		}
		Set<String> inSentence = new LinkedHashSet<>();
		cues.stream().filter(c -> !c.delegation() && c.sentence() == sentence).forEach(c -> inSentence.add(c.country()));
		if (inSentence.size() <= 1) {
			return inSentence.isEmpty() ? null : inSentence.iterator().next();
		}
		return cues.stream().filter(c -> !c.delegation() && c.sentence() == sentence && c.clause() == clause).map(Represented::country)
			.findFirst().orElse(null);
	}

	/**
	 * The first token of the clause token k is in: clauses of a sentence part at "فيما", "بينما", a semicolon, and a
	 * comma before a word with "و".
	 */
	private static int clauseOf(ArticleContext a, int k) {
		int first = a.firstToken(a.sentenceIndex(k));
		for (int j = k; j > first; j--) {
			Token t = a.tokens.get(j);
			if (t.is("فيما") || t.is("بينما") || t.is("؛") || t.is(";")) {
				return j;
			}
			if (t.word() && t.text().startsWith("و") && a.tokens.get(j - 1).is("،") && j - 1 > first) {
				return j;
			}
		}
		return first;
	}

	/** "الوفد السعودي", "وفد أمني قطري": the country of an adjective of nationality at token k or the one after. */
	private String nisbaRightAfter(ArticleContext a, int k) {
		for (int j = k; j < Math.min(a.tokens.size(), k + 2); j++) {
			String country = lex.places.nisba(a.tokens.get(j));
			if (country != null) {
				return country;
			}
			if (!a.tokens.get(j).word()) {
				return null;
			}
		}
		return null;
	}

	/** The clause of a cue that holds for the rest of its sentence: the members a delegation comprises are listed in clauses. */
	private static final int WHOLE_SENTENCE = -1;

	/**
	 * "وضم الوفد كلا من …": the delegation at token k is the subject of a verb of comprising (participation.tsv's members
	 * listed, "ضم", "يضم", "تضم"), so it is the one named before.
	 */
	private boolean comprisedBy(ArticleContext a, int k) {
		PhraseMatcher.Match<EventLexicon.Trigger> verb = k > 0 ? lex.events.participation.at(a.tokens, k - 1) : null;
		return verb != null && verb.end() == k && verb.value().role().equals("member") && verb.value().pattern().equals("list");
	}

	/** "وفد من وزارة الداخلية السودانية": the country a body named right after "من" at token k states, or null. */
	private String bodyRightAfter(ArticleContext a, int k) {
		if (k >= a.tokens.size() || !lex.functions.is(a.tokens.get(k), FunctionWords.Role.FROM)) {
			return null;
		}
		return a.organizations.stream().filter(o -> o.start() == k + 1 && o.national()).map(OrgHit::country).filter(c -> c != null).findFirst()
			.orElse(null);
	}

	/** The country named at token k or after a state noun there ("المملكة المغربية", "لدولة الكويت"), or null. */
	private static String countryRightAfter(ArticleContext a, int k) {
		for (PlaceHit p : a.places) {
			if (p.entry() != null && p.entry().kind() == PlaceKind.COUNTRY && (p.start() == k || p.start() == k + 1 && k < a.tokens.size()
					&& a.tokens.get(k).word())) {
				return p.entry().key();
			}
		}
		return null;
	}

	/**
	 * "نظراءه في الشرطة الوطنية والأمن الداخلي والأمن الخارجي بفرنسا": the country a place names after the last of
	 * bodies listed with "و" is every listed body's.
	 */
	private static void listedBeforeTheirCountry(ArticleContext a, Map<OrgHit, CountryChoice> choices) {
		List<OrgHit> orgs = a.organizations.stream().filter(o -> o.kind() != OrgHit.Kind.ANAPHORA)
			.sorted(Comparator.comparingInt(OrgHit::start)).toList();
		for (int last = 1; last < orgs.size(); last++) {
			OrgHit end = orgs.get(last);
			CountryChoice named = choices.get(end);
			if (named == null || !named.rule().equals(IN_THE_NAME) || !placeAtTheEnd(a, end)) {
				continue;
			}
			for (int k = last; k > 0 && listed(a, orgs.get(k - 1), orgs.get(k)); k--) {
				OrgHit before = orgs.get(k - 1);
				if (before.national() && !choices.containsKey(before)) {
					choices.put(before, new CountryChoice(named.country(), "the country named after the bodies it is listed with"));
				}
			}
		}
	}

	/** The body's name ends with a place after "ب" or "في" ("الأمن الخارجي بفرنسا"). */
	private static boolean placeAtTheEnd(ArticleContext a, OrgHit org) {
		return a.places.stream().anyMatch(p -> p.end() == org.end() && p.start() > org.start()
				&& (a.tokens.get(p.start()).folded().startsWith("ب") || a.tokens.get(p.start() - 1).is("في")));
	}

	/** The second body follows the first straight after "و". */
	private static boolean listed(ArticleContext a, OrgHit first, OrgHit second) {
		return second.start() == first.end() && a.tokens.get(second.start()).folded().startsWith("و");
	}

	/** The countries of the bodies whose office a visitor holds. */
	private static Set<String> visitorCountries(Map<OrgHit, CountryChoice> choices, Map<OrgHit, PersonHit> holders, HomeCountry home) {
		Set<String> out = new LinkedHashSet<>();
		for (Map.Entry<OrgHit, CountryChoice> e : choices.entrySet()) {
			PersonHit holder = holders.get(e.getKey());
			if (holder != null && home.visitorSide(holder)) {
				out.add(e.getValue().country());
			}
		}
		return out;
	}

	/**
	 * The country of a national body the text names without one: for a visitor's body, the one country named besides
	 * the article's; else the article's country when its dateline or news agency tells it; else the country the same
	 * body is named with elsewhere; else the article's own country ({@code own}); else none.
	 */
	private CountryChoice inferred(ArticleContext a, OrgHit org, Offices offices, HomeCountry home, Map<String, List<Named>> named,
			Set<String> visiting, CountryChoice own) {
		String same = sameBody(named.getOrDefault(lex.organizations.identity(org.bare()), List.of()), offices.officeOf().get(org),
				offices.holders().get(org));
		if (visitors(a, org, offices, home)) {
			return null;
		}
		if (home.strong()) {
			return CountryChoice.assumed(home.country(), home.rule());
		}
		if (same != null && visiting.contains(same) && home.country() != null && !home.country().equals(same)) {
			return new CountryChoice(home.country(), "a host's body, not the visitors' body of the same name");
		}
		if (same != null) {
			return new CountryChoice(same, "the same body named with its country");
		}
		return own;
	}

	/**
	 * The country of the bodies the article leaves without one: the article's country, unless the place told it (the
	 * venue of the lead sentence, a visit's destination, an envoy's post) and the official the article opens with is
	 * of another country, whose side the article then tells (a known Saudi minister "… خلال زيارته للكويت": the
	 * ministry's other officials are Saudi Arabia's, not Kuwait's). A dateline or a news agency's
	 * tag tells the article's own country and stays. Only a country the reader knows without the text saying it (a
	 * known official's, a ruling family's) counts: news names the nationality of foreigners, not its own officials'
	 * ("المديرة العامة للحرس المدني الإسباني" visiting Mauritania leaves the article Mauritania's).
	 */
	private static CountryChoice ownCountry(ArticleContext a, HomeCountry home, Map<OrgHit, CountryChoice> choices) {
		CountryChoice article = home.country() != null ? CountryChoice.assumed(home.country(), home.rule()) : null;
		if (home.strong() || home.country() == null) {
			return article;
		}
		PersonHit lead = leadOfficial(a);
		String country = lead == null ? null : lead.offices().stream().filter(o -> o.org() != null && o.org().national() && o.position())
			.map(o -> choices.get(o.org())).filter(c -> c != null && UNMARKED.contains(c.rule())).map(CountryChoice::country).findFirst()
			.orElse(null);
		return country == null || country.equals(home.country()) ? article
				: CountryChoice.assumed(country, "the country of the official the article opens with");
	}

	/** The first person the body's first sentence names with an office. */
	private static PersonHit leadOfficial(ArticleContext a) {
		if (a.tokens.isEmpty()) {
			return null;
		}
		int sentence = a.sentenceIndex(Math.min(a.bodyStart, a.tokens.size() - 1));
		return a.personHits.stream().filter(p -> p.start() >= a.bodyStart && a.sentenceIndex(p.start()) == sentence && !p.offices().isEmpty())
			.findFirst().orElse(null);
	}

	/**
	 * A senior official whose country a reader knows ({@code officials.tsv}) holds the offices the text names in national
	 * bodies of that country.
	 */
	private void knownOfficial(PersonHit person, Map<OrgHit, CountryChoice> choices) {
		String country = lex.places.officialCountry(person.name());
		if (country == null) {
			return;
		}
		for (Office office : person.offices()) {
			if (office.org() != null && office.org().national() && office.position() && !choices.containsKey(office.org())) {
				choices.put(office.org(), new CountryChoice(country, KNOWN_OFFICIAL));
			}
		}
	}

	/**
	 * "إدارة مالية الشرطة" in an article about the Palestinian police: a unit whose name ends with a national body the
	 * article names with its country is that country's. Null when none or several.
	 */
	private String bodyInside(OrgHit org, Map<OrgHit, CountryChoice> choices) {
		List<String> words = ArabicText.bareTokens(org.bare());
		Set<String> countries = new LinkedHashSet<>();
		choices.forEach((other, choice) -> {
			List<String> tail = ArabicText.bareTokens(other.bare());
			if (other.national() && !tail.isEmpty() && tail.size() < words.size() && words.subList(words.size() - tail.size(), words.size()).equals(tail)) {
				countries.add(choice.country());
			}
		});
		return countries.size() == 1 ? countries.iterator().next() : null;
	}

	/** The body is a visitor's: its holder, or the office naming it, is on a visitor's side. */
	private static boolean visitors(ArticleContext a, OrgHit org, Offices offices, HomeCountry home) {
		PersonHit holder = offices.holders().get(org);
		return holder != null && home.visitorSide(holder) || a.roleHits.stream().anyMatch(r -> home.visitorSide(r.start()) && r.office().org() == org);
	}

	/** A visitor's body is of the one country named besides the article's, else of none. */
	private static CountryChoice visitorsCountry(HomeCountry home, Set<String> candidates) {
		Set<String> others = new LinkedHashSet<>(candidates);
		others.remove(home.country());
		boolean oneOther = home.country() != null && others.size() == 1;
		return oneOther ? new CountryChoice(others.iterator().next(), "a visitor's body: the other country named") : null;
	}

	/**
	 * The one country of the national bodies whose country the text gives other than in their names (a body named
	 * with its own country says nothing of the others), or null when none or several.
	 */
	private static String onlyCountry(Map<OrgHit, CountryChoice> choices) {
		Set<String> countries = new LinkedHashSet<>();
		choices.forEach((org, choice) -> {
			if (org.national() && !choice.rule().equals(IN_THE_NAME)) {
				countries.add(choice.country());
			}
		});
		return countries.size() == 1 ? countries.iterator().next() : null;
	}

	/** "معالي وزير الداخلية" after "… راشد … وزير الداخلية": the person of the article who holds the office named. */
	private PersonHit holderOf(ArticleContext a, Office office) {
		String title = org.majlis.common.ArabicText.key(office.title());
		String identity = lex.organizations.identity(office.org().bare());
		for (PersonHit p : a.personHits) {
			for (Office o : p.offices()) {
				if (o.org() != null && org.majlis.common.ArabicText.key(o.title()).equals(title) && lex.organizations.identity(o.org().bare()).equals(identity)) {
					return p;
				}
			}
		}
		return null;
	}

	/**
	 * "النائب الأول لرئيس مجلس الوزراء وزير الداخلية العماني": the national bodies of one person's offices are of one
	 * country, so the country stated for one of them is that of the others.
	 */
	private static void sameCountryOffices(PersonHit person, Map<OrgHit, CountryChoice> choices) {
		Set<String> countries = new LinkedHashSet<>();
		person.offices().stream().filter(o -> o.org() != null && o.org().national() && choices.containsKey(o.org()))
			.forEach(o -> countries.add(choices.get(o.org()).country()));
		if (countries.size() == 1) {
			String country = countries.iterator().next();
			person.offices().stream().filter(o -> o.org() != null && o.org().national() && o.position() && !choices.containsKey(o.org()))
				.forEach(o -> choices.put(o.org(), new CountryChoice(country, "country of the holder's other office")));
		}
	}

	/** The country chosen for the body, by this mention or by another of the same span (an office's). */
	private static String countryOf(OrgHit org, Map<OrgHit, CountryChoice> choices) {
		if (choices.containsKey(org)) {
			return choices.get(org).country();
		}
		return choices.entrySet().stream().filter(e -> e.getKey().start() == org.start() && e.getKey().end() == org.end())
			.map(e -> e.getValue().country()).findFirst().orElse(null);
	}

	private static void explicit(OrgHit org, String officeCountry, Map<OrgHit, CountryChoice> choices) {
		if (org == null || choices.containsKey(org)) {
			return;
		}
		if (org.country() != null) {
			choices.put(org, new CountryChoice(org.country(), IN_THE_NAME));
		}
		else if (officeCountry != null && org.national()) {
			choices.put(org, new CountryChoice(officeCountry, "country of the office"));
		}
	}

	/** Every organisation mention: those of the text and those that offices imply. */
	private static List<OrgHit> mentions(ArticleContext a) {
		List<OrgHit> out = new ArrayList<>();
		a.personHits.forEach(p -> p.offices().stream().filter(o -> o.org() != null).forEach(o -> out.add(o.org())));
		a.roleHits.forEach(r -> out.add(r.office().org()));
		out.addAll(a.organizations);
		return out;
	}

	/** A body named with its country, with the office held there and its holder when the text names them. */
	private record Named(String country, String office, PersonHit holder) {
	}

	/** Bodies the article names with their country, by identity, with the office a person holds there. */
	private Map<String, List<Named>> namedWithCountry(ArticleContext a, Offices offices, Map<OrgHit, CountryChoice> choices) {
		Map<String, List<Named>> out = new HashMap<>();
		for (OrgHit org : mentions(a)) {
			CountryChoice choice = choices.get(org);
			if (org.national() && choice != null) {
				Office office = offices.officeOf().get(org);
				out.computeIfAbsent(lex.organizations.identity(org.bare()), k -> new ArrayList<>())
					.add(new Named(choice.country(), office == null ? null : office.titleEn(), offices.holders().get(org)));
			}
		}
		return out;
	}

	/**
	 * The one country the same body is named with elsewhere in the article, leaving out where another person holds
	 * the same office (two ministers of the interior are of two countries); null when none or several. An office
	 * named with no holder ("مدير الأمن العام يستقبل …" in a headline) is the one the article names with its holder.
	 */
	private static String sameBody(List<Named> named, Office own, PersonHit holder) {
		Set<String> countries = new LinkedHashSet<>();
		for (Named n : named) {
			boolean sameOffice = own != null && n.office() != null && n.office().equals(own.titleEn());
			if (!sameOffice || holder == null || n.holder() != null && n.holder().name().equals(holder.name())) {
				countries.add(n.country());
			}
		}
		return countries.size() == 1 ? countries.iterator().next() : null;
	}

	/** The countries the article names, as places or adjectives of nationality, and its news agency's country. */
	private Set<String> candidates(ArticleContext a) {
		Set<String> out = new LinkedHashSet<>();
		if (a.dateline != null && a.dateline.agencyCountry() != null) {
			out.add(a.dateline.agencyCountry());
		}
		for (PlaceHit p : a.places) {
			if (p.entry() != null) {
				out.add(p.entry().kind() == PlaceKind.COUNTRY ? p.entry().key() : p.entry().country());
			}
		}
		for (Token t : a.tokens) {
			String nisba = t.definite() ? lex.places.nisba(t) : null;
			if (nisba != null) {
				out.add(nisba);
			}
		}
		out.remove("");
		return out;
	}
}
