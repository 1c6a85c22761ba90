package org.majlis.ingest.extract.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.PositionMention;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.AddressPronoun;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.NameTransliterator;
import org.majlis.ingest.extract.findings.CountryChoice;
import org.majlis.ingest.extract.findings.Office;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.OrganizationRegistry;
import org.majlis.ingest.extract.findings.PeopleRegistry;
import org.majlis.ingest.extract.findings.Participants;
import org.majlis.ingest.extract.findings.PersonHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.PlaceRegistry;
import org.majlis.ingest.extract.findings.RoleHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Turns mentions into the article's entities: one place, organisation and person per real one (see the
 * registries), offices as positions of their holders, anaphora ("المنظمة") resolved to the organisation they
 * repeat, and the list of actors, every mention of a person or of an office without a name in text order; a rank
 * or office before a family name alone ("الفريق العمر", "الوزير والاس") mentions the person of the article who has it.
 */
public final class GroupEntities implements Stage {

	private final Lexicons lex;
	private final NameTransliterator transliterator;

	public GroupEntities(Lexicons lex, NameTransliterator transliterator) {
		this.lex = lex;
		this.transliterator = transliterator;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES, Finding.ORGANIZATIONS, Finding.PEOPLE, Finding.COUNTRIES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.ENTITIES);
	}

	@Override
	public void apply(ArticleContext a) {
		PlaceRegistry places = new PlaceRegistry(lex.places);
		OrganizationRegistry orgs = new OrganizationRegistry(lex.organizations, this::genericWord);
		PeopleRegistry people = new PeopleRegistry(transliterator, lex.names::givenWord);
		List<Located> placeRefs = placeRefs(a, places);
		Map<OrgHit, String> refs = new IdentityHashMap<>();
		List<Located> orgRefs = organizationRefs(a, orgs, refs);
		List<Actor> actors = actors(a, people, orgs, refs);
		a.placeRegistry = places;
		a.organizationRegistry = orgs;
		a.peopleRegistry = people;
		a.actors = List.copyOf(actors);
		a.organizationRefs = List.copyOf(orgRefs);
		a.placeRefs = List.copyOf(placeRefs);
	}

	/** Every place mention with its place; a venue lies in the article's country. */
	private static List<Located> placeRefs(ArticleContext a, PlaceRegistry places) {
		List<Located> out = new ArrayList<>();
		for (PlaceHit p : a.places) {
			String rule = p.entry() == null ? "venue noun and name" : "gazetteer";
			out.add(new Located(p.start(), p.end(), places.add(p, a.homeCountry, a.evidence(p.start(), 1.0, rule))));
		}
		return out;
	}

	/**
	 * Every organisation mention with its organisation, in text order: the bodies named first, then each one's parent,
	 * then each anaphora resolved to the body it repeats. {@code refs} takes the ref of each mention.
	 */
	private List<Located> organizationRefs(ArticleContext a, OrganizationRegistry orgs, Map<OrgHit, String> refs) {
		List<Located> out = new ArrayList<>();
		namedBodies(a, orgs, refs, out);
		for (OrgHit o : a.organizations) {
			if (o.parent() >= 0) {
				orgs.parent(refs.get(o), refs.get(a.organizations.get(o.parent())));
			}
		}
		for (OrgHit o : a.organizations) {
			if (o.kind() == OrgHit.Kind.ANAPHORA) {
				String ref = orgs.resolve(o);
				if (ref != null) {
					refs.put(o, ref);
					out.add(new Located(o.start(), o.end(), ref));
				}
			}
		}
		out.sort((x, y) -> Integer.compare(x.start(), y.start()));
		return out;
	}

	/**
	 * One organisation per body the text names, leaving out anaphora, generic national names, units read into an
	 * office's title, words of a title and venues; "الشرطة" with a nationality comes after the others.
	 */
	private void namedBodies(ArticleContext a, OrganizationRegistry orgs, Map<OrgHit, String> refs, List<Located> out) {
		List<OrgHit> ordered = new ArrayList<>(a.organizations);
		ordered.sort((x, y) -> Boolean.compare(genericPolice(x), genericPolice(y)));
		boolean policeBodiesOfOffices = false;
		for (OrgHit o : ordered) {
			if (genericPolice(o) && !policeBodiesOfOffices) {
				policeOfOffices(a, orgs, refs);
				policeBodiesOfOffices = true;
			}
			if (o.kind() != OrgHit.Kind.ANAPHORA && !o.contextual() && !a.absorbed.contains(o) && !impliedByOffice(a, o)
					&& !venue(a, o)) {
				String ref = orgs.add(o, a.countries.get(o), a.evidence(o.start(), 1.0, o.entry() != null ? "known organisation" : "organisation head"));
				refs.put(o, ref);
				out.add(new Located(o.start(), o.end(), ref));
			}
		}
	}

	/**
	 * Every mention of a person or an office, in text order: the people with their positions, the offices named without
	 * a holder (the person of the article who holds one, else the office), and names repeated.
	 */
	private List<Actor> actors(ArticleContext a, PeopleRegistry people, OrganizationRegistry orgs, Map<OrgHit, String> refs) {
		List<Actor> actors = new ArrayList<>();
		for (PersonHit p : a.personHits) {
			actors.add(person(a, p, people, orgs, refs));
		}
		for (RoleHit r : a.roleHits) {
			String orgRef = organizationOf(a, r.office().org(), orgs, refs);
			if (r.deputised() || orgRef == null) {
				continue;
			}
			String holder = people.holder(r.office().title(), orgRef);
			actors.add(new Actor(r.start(), r.end(), holder,
					holder == null ? new Participant.RoleReference(r.office().title(), orgRef) : null, r.rule()));
		}
		actors.addAll(nameReferences(a, people, actors));
		actors.addAll(titleReferences(a, actors));
		actors.sort((x, y) -> Integer.compare(x.start(), y.start()));
		return actors;
	}

	/** The verbs whose subject a bare title may stand in for ("ثم اجتمع الوزير …"): of participation.tsv's patterns. */
	private static final Set<String> REFERRING_PATTERNS = Set.of("host", "meet", "visit", "visit-by", "subject");

	/**
	 * "ثم اجتمع الوزير بـ …", "كما استقبل المدير العام …" with no name: the bare title right after a verb of meeting,
	 * receiving, visiting or taking part ("وأقام الوزير …", "بحث سمو ولي العهد …") stands for a person named before it
	 * in the article with an office of that title (an adjective of nationality after it, "الوزير الليبي", is part of the
	 * mention); so does a pronoun of address ("كما التقى سموه …", see {@link AddressPronoun}).
	 */
	private List<Actor> titleReferences(ArticleContext a, List<Actor> actors) {
		BitSet covered = new BitSet();
		actors.forEach(x -> covered.set(x.start(), x.end()));
		a.organizations.forEach(o -> covered.set(o.start(), o.end()));
		List<Actor> out = new ArrayList<>();
		for (PhraseMatcher.Match<EventLexicon.Trigger> trigger : lex.events.participation.findAll(a.tokens)) {
			int k = trigger.end();
			if (!REFERRING_PATTERNS.contains(trigger.value().pattern())) {
				continue;
			}
			Actor before = titleBeforeQad(a, actors, covered, trigger.start());
			if (before != null) {
				out.add(before);
				covered.set(before.start(), before.end());
				continue;
			}
			if (k >= a.tokens.size() || covered.get(k) || !Participants.clauseOpening(a, trigger.start())) {
				continue;
			}
			String honorific = AddressPronoun.honorific(lex, a.tokens.get(k));
			if (honorific != null) {
				Actor addressed = AddressPronoun.referent(a, actors, k, honorific);
				if (addressed != null) {
					out.add(new Actor(k, k + 1, addressed.personRef(), null, Actor.ADDRESS_RULE));
					covered.set(k);
				}
				continue;
			}
			int title = afterHonorifics(a, k);
			Actor holder = title < a.tokens.size() && !covered.get(title) && (title > k || bareDefinite(a.tokens.get(k)))
					? holderOf(a, actors, title) : null;
			if (holder != null) {
				int end = title + 1 < a.tokens.size() && lex.places.nisba(a.tokens.get(title + 1)) != null ? title + 2 : title + 1;
				out.add(new Actor(k, end, holder.personRef(), null, "title that refers back to its holder"));
				covered.set(k, end);
			}
		}
		return out;
	}

	/**
	 * "وكان الوزير قد ترأس …": a bare title after "كان" and before "قد" and the verb is the verb's subject, the holder
	 * of that title named before it; null when the words around the verb are not so.
	 */
	private Actor titleBeforeQad(ArticleContext a, List<Actor> actors, BitSet covered, int verb) {
		int title = verb - 2;
		if (!Participants.betweenKanaAndQad(a, title, verb) || covered.get(title) || !bareDefinite(a.tokens.get(title))) {
			return null;
		}
		Actor holder = holderOf(a, actors, title);
		return holder == null ? null : new Actor(title, verb, holder.personRef(), null, "title that refers back to its holder");
	}

	/**
	 * The token after the honorifics of address at k ("بحث سمو ولي العهد مع …": the title after "سمو", which marks it as
	 * someone's, with or without the article); k itself when none stands there.
	 */
	private int afterHonorifics(ArticleContext a, int k) {
		int at = k;
		PhraseMatcher.Match<OfficeLexicon.Rank> rank;
		while (at < a.tokens.size() && (rank = lex.offices.ranks.at(a.tokens, at)) != null && !rank.value().stored()) {
			at = rank.end();
		}
		return at;
	}

	/** "الوزير", "والمدير": the article without a preposition ("للمدير" is someone else the verb names). */
	private static boolean bareDefinite(Token t) {
		return t.folded().startsWith("ال") || t.folded().startsWith("وال");
	}

	/**
	 * The actor of the person the bare title at token k stands for: of the people named before it with an office of
	 * that title ("وزير" for "الوزير"), the one of the country an adjective after it gives, else the first named, whom
	 * the article is about; a word for an official with an adjective ("المسؤول الإسباني") stands for the one person named
	 * before with an office of that country.
	 */
	private Actor holderOf(ArticleContext a, List<Actor> actors, int k) {
		Token word = a.tokens.get(k);
		String country = k + 1 < a.tokens.size() ? lex.places.nisba(a.tokens.get(k + 1)) : null;
		boolean official = country != null && lex.words.is(word, WordLexicon.Kind.OFFICIAL);
		List<PersonHit> holders = a.personHits.stream().filter(p -> p.start() < k && p.offices().stream()
			.anyMatch(o -> official || word.forms().contains(firstWord(o.title())))).toList();
		PersonHit chosen = holders.stream()
			.filter(p -> country != null && p.offices().stream().anyMatch(o -> country.equals(officeCountry(a, o)))).findFirst()
			.orElse(holders.isEmpty() || official ? null : holders.getFirst());
		return chosen == null ? null : actors.stream().filter(x -> x.start() == chosen.start() && x.personRef() != null).findFirst().orElse(null);
	}

	/** The country of an office: the one its title gives, else its body's. */
	private static String officeCountry(ArticleContext a, Office office) {
		if (office.country() != null || office.org() == null) {
			return office.country();
		}
		CountryChoice choice = a.countries.get(office.org());
		return choice == null ? null : choice.country();
	}

	private static String firstWord(String title) {
		List<String> words = Tokenizer.words(title);
		return words.isEmpty() ? "" : words.getFirst();
	}

	/** A person of the registry, with a position for each office the mention gives them in an organisation. */
	private static Actor person(ArticleContext a, PersonHit p, PeopleRegistry people, OrganizationRegistry orgs, Map<OrgHit, String> refs) {
		String ref = people.add(p.name(), p.ranks(), a.evidence(p.start(), 1.0, p.rule()));
		for (Office office : p.offices()) {
			String orgRef = office.org() == null || !office.position() ? null : organizationOf(a, office.org(), orgs, refs);
			if (orgRef != null) {
				people.position(ref, new PositionMention(office.title(), office.titleEn(), orgRef, a.evidence(office.start(), 1.0, p.rule())));
			}
		}
		return new Actor(p.start(), p.end(), ref, null, p.rule());
	}

	/** A generic adjective of the word lexicon ("الوطني", "العامة"). */
	private boolean genericWord(String word) {
		List<Token> tokens = org.majlis.ingest.extract.text.Tokenizer.tokenize(word);
		return tokens.size() == 1 && lex.words.ownKind(tokens.getFirst()) == org.majlis.ingest.extract.lexicon.WordLexicon.Kind.GENERIC;
	}

	/** "الشرطة الجزائرية": read after the other bodies, so that it joins the country's police body if the article names it. */
	private boolean genericPolice(OrgHit o) {
		return "k:police".equals(lex.organizations.identity(o.bare()));
	}

	/**
	 * "مدير الأمن العام السعودي … الشرطة السعودية": a police body that only an office names is registered before "الشرطة"
	 * with a nationality, so that the latter finds it.
	 */
	private void policeOfOffices(ArticleContext a, OrganizationRegistry orgs, Map<OrgHit, String> refs) {
		for (PersonHit p : a.personHits) {
			for (Office office : p.offices()) {
				OrgHit org = office.org();
				if (org != null && office.position() && org.kind() != OrgHit.Kind.ANAPHORA && org.entry() != null && org.entry().police()
						&& !genericPolice(org)) {
					organizationOf(a, org, orgs, refs);
				}
			}
		}
	}

	/** The ref of an office's organisation: the article's mention, the one an anaphora repeats, or the one a title implies. */
	private static String organizationOf(ArticleContext a, OrgHit org, OrganizationRegistry orgs,
			Map<OrgHit, String> refs) {
		String ref = refs.get(org);
		if (ref != null) {
			return ref;
		}
		if (org.kind() == OrgHit.Kind.ANAPHORA) {
			return orgs.resolve(org);
		}
		ref = orgs.add(org, a.countries.get(org), a.evidence(org.start(), 1.0, "organisation of the office"));
		refs.put(org, ref);
		return ref;
	}

	/**
	 * "وكيل وزارة الداخلية المساعد", "رئيس مكتب الاتصال لدى …": words of an office's title that read like a body
	 * name none; only the office's own organisation is one.
	 */
	private static boolean impliedByOffice(ArticleContext a, OrgHit o) {
		List<Office> offices = new ArrayList<>();
		a.personHits.forEach(p -> offices.addAll(p.offices()));
		a.roleHits.forEach(r -> offices.add(r.office()));
		for (Office office : offices) {
			boolean own = office.org() == o || office.org() != null && office.org().start() == o.start() && office.org().end() == o.end();
			int titleEnd = office.org() == null || office.org().start() <= office.start() ? office.end() : office.org().start();
			if (!own && o.start() > office.start() && o.start() < titleEnd) {
				return true;
			}
		}
		return false;
	}

	/** "في مركز دبي للمعارض": a venue named like a body, introduced as where something happens. */
	private boolean venue(ArticleContext a, OrgHit o) {
		Token first = a.tokens.get(o.start());
		boolean introduced = o.start() > 0 && lex.functions.is(a.tokens.get(o.start() - 1), FunctionWords.Role.LOCATIVE) || first.folded().startsWith("ب") && !first.forms().getFirst().equals(first.forms().getLast());
		return introduced && lex.places.venueNouns.at(a.tokens, o.start()) != null && o.entry() == null;
	}

	/**
	 * "الفريق العمر", "الوزير والاس", "وخاطب محمود", "وكان العمر قد …": a rank, office or verb before the last name of a
	 * person of the article.
	 */
	private List<Actor> nameReferences(ArticleContext a, PeopleRegistry people, List<Actor> actors) {
		BitSet covered = new BitSet();
		actors.forEach(x -> covered.set(x.start(), x.end()));
		a.organizations.forEach(o -> covered.set(o.start(), o.end()));
		a.places.forEach(p -> covered.set(p.start(), p.end()));
		List<Actor> out = new ArrayList<>();
		for (var spelling : people.spellings()) {
			List<String> words = spelling.getKey();
			for (int i = 0; words.size() >= 2 && i + words.size() <= a.tokens.size(); i++) {
				if (!covered.get(i) && sameWords(a.tokens, i, words)) {
					out.add(new Actor(i, i + words.size(), spelling.getValue(), null, "name repeated"));
					covered.set(i, i + words.size());
				}
			}
		}
		for (int i = 1; i < a.tokens.size(); i++) {
			Token t = a.tokens.get(i);
			if (covered.get(i) || !t.word() || t.number() || t.folded().length() < 3 || t.lineStart()) {
				continue;
			}
			int introducer = introducer(a, i);
			if (introducer < 0) {
				continue;
			}
			String ref = people.byName(t.folded());
			if (ref != null) {
				out.add(new Actor(introducer, i + 1, ref, null, "family name after a rank, office or verb"));
			}
		}
		return out;
	}

	private static boolean sameWords(List<Token> tokens, int at, List<String> words) {
		for (int k = 0; k < words.size(); k++) {
			Token t = tokens.get(at + k);
			if (!t.word() || !(t.folded().equals(words.get(k)) || k == 0 && t.forms().contains(words.get(k)))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The start of the rank, office or participation verb that ends right before token i, or -1; "وكان الريسي قد وصل":
	 * a family name between "كان" and "قد" is the subject of the verb after, and its own introducer.
	 */
	private int introducer(ArticleContext a, int i) {
		if (i + 2 < a.tokens.size() && Participants.betweenKanaAndQad(a, i, i + 2)) {
			return i;
		}
		for (int k = Math.max(0, i - 3); k < i; k++) {
			PhraseMatcher.Match<OfficeLexicon.Rank> rank = lex.offices.ranks.at(a.tokens, k);
			if (rank != null && rank.end() == i) {
				return k;
			}
			PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(a.tokens, k);
			if (title != null && title.end() == i && a.tokens.get(k).definite()) {
				return k;
			}
			PhraseMatcher.Match<EventLexicon.Trigger> verb = lex.events.participation.at(a.tokens, k);
			if (verb != null && verb.end() == i) {
				return i;
			}
		}
		return -1;
	}
}
