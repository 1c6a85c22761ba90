package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns mentions into the article's entities: one place, organisation and person per real one (see the
 * registries), offices as positions of their holders, anaphora ("المنظمة") resolved to the organisation they
 * repeat, and the list of actors, every mention of a person or of an office without a name in text order; a rank
 * or office before a family name alone ("الفريق العمر", "الوزير والاس") mentions the person of the article who has it.
 */
final class GroupEntities implements Stage {

	private final Lexicons lex;
	private final NameTransliterator transliterator;

	GroupEntities(Lexicons lex, NameTransliterator transliterator) {
		this.lex = lex;
		this.transliterator = transliterator;
	}

	@Override
	public void apply(ArticleContext a) {
		PlaceRegistry places = new PlaceRegistry(lex.places);
		OrganizationRegistry orgs = new OrganizationRegistry(lex.organizations);
		PeopleRegistry people = new PeopleRegistry(transliterator);
		List<ArticleContext.Located> placeRefs = new ArrayList<>();
		for (FindPlaces.PlaceHit p : a.places) {
			String rule = p.entry() == null ? "venue noun and name" : "gazetteer";
			placeRefs.add(new ArticleContext.Located(p.start(), p.end(), places.add(p, a.homeCountry, a.evidence(p.start(), 1.0, rule))));
		}
		Map<FindOrganizations.OrgHit, String> refs = new IdentityHashMap<>();
		List<ArticleContext.Located> orgRefs = new ArrayList<>();
		List<FindOrganizations.OrgHit> ordered = new ArrayList<>(a.organizations);
		ordered.sort((x, y) -> Boolean.compare(genericPolice(x), genericPolice(y)));
		boolean policeBodiesOfOffices = false;
		for (FindOrganizations.OrgHit o : ordered) {
			if (genericPolice(o) && !policeBodiesOfOffices) {
				policeOfOffices(a, orgs, refs);
				policeBodiesOfOffices = true;
			}
			if (o.kind() != FindOrganizations.Kind.ANAPHORA && !o.contextual() && !a.absorbed.contains(o) && !impliedByOffice(a, o)
					&& !venue(a, o)) {
				String ref = orgs.add(o, a.countries.get(o), a.evidence(o.start(), 1.0, o.entry() != null ? "known organisation" : "organisation head"));
				refs.put(o, ref);
				orgRefs.add(new ArticleContext.Located(o.start(), o.end(), ref));
			}
		}
		for (FindOrganizations.OrgHit o : a.organizations) {
			if (o.parent() >= 0) {
				orgs.parent(refs.get(o), refs.get(a.organizations.get(o.parent())));
			}
		}
		for (FindOrganizations.OrgHit o : a.organizations) {
			if (o.kind() == FindOrganizations.Kind.ANAPHORA) {
				String ref = orgs.resolve(o);
				if (ref != null) {
					refs.put(o, ref);
					orgRefs.add(new ArticleContext.Located(o.start(), o.end(), ref));
				}
			}
		}
		List<ArticleContext.Actor> actors = new ArrayList<>();
		for (FindPeople.PersonHit p : a.personHits) {
			String ref = people.add(p.name(), p.ranks(), a.evidence(p.start(), 1.0, p.rule()));
			for (OfficeReader.Office office : p.offices()) {
				String orgRef = office.org() == null || !office.position() ? null : organizationOf(a, office.org(), orgs, refs);
				if (orgRef != null) {
					people.position(ref, new PositionMention(office.title(), office.titleEn(), orgRef, a.evidence(office.start(), 1.0, p.rule())));
				}
			}
			actors.add(new ArticleContext.Actor(p.start(), p.end(), ref, null, p.rule()));
		}
		for (FindPeople.RoleHit r : a.roleHits) {
			String orgRef = organizationOf(a, r.office().org(), orgs, refs);
			if (r.deputised() || orgRef == null) {
				continue;
			}
			String holder = people.holder(r.office().title(), orgRef);
			actors.add(new ArticleContext.Actor(r.start(), r.end(), holder,
					holder == null ? new Participant.RoleReference(r.office().title(), orgRef) : null, r.rule()));
		}
		actors.addAll(nameReferences(a, people, actors));
		actors.sort((x, y) -> Integer.compare(x.start(), y.start()));
		orgRefs.sort((x, y) -> Integer.compare(x.start(), y.start()));
		a.placeRegistry = places;
		a.organizationRegistry = orgs;
		a.peopleRegistry = people;
		a.actors = List.copyOf(actors);
		a.organizationRefs = List.copyOf(orgRefs);
		a.placeRefs = List.copyOf(placeRefs);
	}

	/** "الشرطة الجزائرية": read after the other bodies, so that it joins the country's police body if the article names it. */
	private boolean genericPolice(FindOrganizations.OrgHit o) {
		return "k:police".equals(lex.organizations.identity(o.bare()));
	}

	/**
	 * "مدير الأمن العام السعودي … الشرطة السعودية": a police body that only an office names is registered before "الشرطة"
	 * with a nationality, so that the latter finds it.
	 */
	private void policeOfOffices(ArticleContext a, OrganizationRegistry orgs, Map<FindOrganizations.OrgHit, String> refs) {
		for (FindPeople.PersonHit p : a.personHits) {
			for (OfficeReader.Office office : p.offices()) {
				FindOrganizations.OrgHit org = office.org();
				if (org != null && office.position() && org.kind() != FindOrganizations.Kind.ANAPHORA && org.entry() != null && org.entry().police()
						&& !genericPolice(org)) {
					organizationOf(a, org, orgs, refs);
				}
			}
		}
	}

	/** The ref of an office's organisation: the article's mention, the one an anaphora repeats, or the one a title implies. */
	private static String organizationOf(ArticleContext a, FindOrganizations.OrgHit org, OrganizationRegistry orgs,
			Map<FindOrganizations.OrgHit, String> refs) {
		String ref = refs.get(org);
		if (ref != null) {
			return ref;
		}
		if (org.kind() == FindOrganizations.Kind.ANAPHORA) {
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
	private static boolean impliedByOffice(ArticleContext a, FindOrganizations.OrgHit o) {
		List<OfficeReader.Office> offices = new ArrayList<>();
		a.personHits.forEach(p -> offices.addAll(p.offices()));
		a.roleHits.forEach(r -> offices.add(r.office()));
		for (OfficeReader.Office office : offices) {
			boolean own = office.org() == o || office.org() != null && office.org().start() == o.start() && office.org().end() == o.end();
			int titleEnd = office.org() == null || office.org().start() <= office.start() ? office.end() : office.org().start();
			if (!own && o.start() > office.start() && o.start() < titleEnd) {
				return true;
			}
		}
		return false;
	}

	/** "في مركز دبي للمعارض": a venue named like a body, introduced as where something happens. */
	private boolean venue(ArticleContext a, FindOrganizations.OrgHit o) {
		Token first = a.tokens.get(o.start());
		boolean introduced = o.start() > 0 && lex.functions.is(a.tokens.get(o.start() - 1), FunctionWords.Role.LOCATIVE) || first.folded().startsWith("ب") && !first.forms().getFirst().equals(first.forms().getLast());
		return introduced && lex.places.venueNouns.at(a.tokens, o.start()) != null && o.entry() == null;
	}

	/** "الفريق العمر", "الوزير والاس", "وخاطب محمود": a rank, office or verb before the last name of a person of the article. */
	private List<ArticleContext.Actor> nameReferences(ArticleContext a, PeopleRegistry people, List<ArticleContext.Actor> actors) {
		BitSet covered = new BitSet();
		actors.forEach(x -> covered.set(x.start(), x.end()));
		a.organizations.forEach(o -> covered.set(o.start(), o.end()));
		a.places.forEach(p -> covered.set(p.start(), p.end()));
		List<ArticleContext.Actor> out = new ArrayList<>();
		for (var spelling : people.spellings()) {
			List<String> words = spelling.getKey();
			for (int i = 0; words.size() >= 2 && i + words.size() <= a.tokens.size(); i++) {
				if (!covered.get(i) && sameWords(a.tokens, i, words)) {
					out.add(new ArticleContext.Actor(i, i + words.size(), spelling.getValue(), null, "name repeated"));
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
				out.add(new ArticleContext.Actor(introducer, i + 1, ref, null, "family name after a rank, office or verb"));
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

	/** The start of the rank, office or participation verb that ends right before token i, or -1. */
	private int introducer(ArticleContext a, int i) {
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
