package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.PartialDate;

/**
 * Reads one Arabic article about police cooperation and returns the people, organisations, places and the
 * event it reports. Lexicons are loaded once from {@code lexicon/*.tsv}; afterwards the extractor holds no
 * mutable state and may be shared between threads.
 */
public class ArticleExtractor {

	private final Lexicons lex;
	private final PlaceReader placeReader;
	private final OrganizationReader organizationReader;
	private final PersonReader personReader;
	private final DateReader dateReader;
	private final DatelineReader datelineReader;
	private final TopicReader topicReader;
	private final EventReader eventReader;
	private final NameTransliterator transliterator;

	public ArticleExtractor() {
		this.lex = new Lexicons();
		this.placeReader = new PlaceReader(lex);
		this.organizationReader = new OrganizationReader(lex);
		this.personReader = new PersonReader(lex);
		this.dateReader = new DateReader(lex);
		this.datelineReader = new DatelineReader(lex, dateReader);
		this.topicReader = new TopicReader(lex);
		this.eventReader = new EventReader(lex);
		this.transliterator = new NameTransliterator(lex);
	}

	public ArticleExtraction extract(String text, PartialDate publishedAt) {
		String clean = TextCleaner.clean(text);
		List<Token> tokens = Tokenizer.tokenize(clean);
		List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(clean);
		Evidences evidences = new Evidences(tokens, sentences);

		List<PlaceReader.PlaceHit> placeHits = placeReader.read(tokens);
		List<OrganizationReader.OrgHit> orgHits = organizationReader.read(clean, tokens, placeHits);
		BitSet inOrganizations = new BitSet();
		BitSet blocked = new BitSet();
		for (OrganizationReader.OrgHit o : orgHits) {
			if (o.kind() != OrganizationReader.Kind.ANAPHORA) {
				inOrganizations.set(o.start(), o.end());
				blocked.set(o.start(), o.end());
			}
		}
		placeHits.forEach(p -> blocked.set(p.start(), p.end()));
		TitleReader titles = new TitleReader(lex, orgHits);
		PersonReader.Result found = personReader.read(tokens, titles, blocked);

		DatelineReader.Dateline dateline = datelineReader.read(clean, tokens, placeHits, publishedAt);
		PartialDate reference = publishedAt != null ? publishedAt : dateline.date();
		List<DateReader.DateHit> dates = dateReader.read(tokens, reference);

		OrganizationRegistry orgs = new OrganizationRegistry();
		List<EventReader.Located> orgRefs = new ArrayList<>();
		for (OrganizationReader.OrgHit o : orgHits) {
			if (o.kind() != OrganizationReader.Kind.ANAPHORA && !o.contextual()) {
				orgRefs.add(new EventReader.Located(o.start(), o.end(), orgs.add(o, evidences.at(o.start(), 1.0))));
			}
		}
		for (OrganizationReader.OrgHit o : orgHits) {
			if (o.kind() == OrganizationReader.Kind.ANAPHORA) {
				String ref = orgs.resolve(o);
				if (ref != null) {
					orgRefs.add(new EventReader.Located(o.start(), o.end(), ref));
				}
			}
		}

		PlaceRegistry places = new PlaceRegistry(lex);
		Map<PlaceReader.PlaceHit, String> placeRefs = new LinkedHashMap<>();
		for (PlaceReader.PlaceHit p : placeHits) {
			if (!insideOrganization(p, orgHits)) {
				placeRefs.put(p, places.add(p.entry(), evidences.at(p.start(), 1.0)));
			}
		}
		for (OrganizationReader.OrgHit o : orgHits) {
			String nisba = o.kind() == OrganizationReader.Kind.ANAPHORA ? null : nationality(o, tokens);
			if (nisba != null) {
				orgs.country(orgs.add(o, evidences.at(o.start(), 1.0)), places.addCountry(nisba, evidences.at(o.start(), 0.8)));
			}
		}
		String datelineRef = dateline.place() != null ? placeRefs.get(dateline.place()) : null;
		String countryRef = dateline.agencyCountry() != null ? places.addCountry(dateline.agencyCountry(), evidences.at(0, 0.7)) : places.mainCountry();

		PeopleRegistry people = new PeopleRegistry(transliterator);
		List<EventReader.Actor> actors = new ArrayList<>();
		Map<PersonReader.RoleHit, String> roleOrgs = new HashMap<>();
		for (PersonReader.PersonHit p : found.people()) {
			PositionMention position = null;
			if (p.title() != null) {
				String orgRef = organizationRef(p.title().org(), orgs, evidences);
				if (orgRef != null) {
					position = new PositionMention(p.title().title(), p.title().titleEn(), orgRef, evidences.at(p.start(), 1.0));
				}
			}
			String ref = people.add(clean.substring(tokens.get(p.nameStart()).start(), tokens.get(p.nameEnd() - 1).end()), p.ranks(), position,
					evidences.at(p.start(), 1.0));
			actors.add(new EventReader.Actor(p.start(), p.end(), ref, null));
		}
		for (PersonReader.RoleHit r : found.roles()) {
			String orgRef = organizationRef(r.title().org(), orgs, evidences);
			if (orgRef != null) {
				roleOrgs.put(r, orgRef);
			}
		}
		for (Map.Entry<PersonReader.RoleHit, String> e : roleOrgs.entrySet()) {
			PersonReader.RoleHit r = e.getKey();
			String holder = people.holder(r.title().title(), e.getValue());
			actors.add(new EventReader.Actor(r.start(), r.end(), holder, holder == null ? new Participant.RoleReference(r.title().title(), e.getValue()) : null));
		}
		actors.sort((a, b) -> Integer.compare(a.start(), b.start()));

		List<TopicMention> topics = new ArrayList<>();
		for (TopicReader.TopicHit t : topicReader.read(tokens, inOrganizations)) {
			topics.add(new TopicMention(t.key(), evidences.at(t.start(), 1.0)));
		}
		EventMention event = eventReader.read(new EventReader.Input(clean, tokens, sentences, actors, orgRefs, placeHits, placeRefs, dates,
				dateline, datelineRef, topics));

		PartialDate published = publishedAt != null ? publishedAt : dateline.date();
		return new ArticleExtraction(clean, published, people.mentions(), orgs.mentions(countryRef), places.mentions(),
				event == null ? List.of() : List.of(event));
	}

	private static String organizationRef(OrganizationReader.OrgHit org, OrganizationRegistry orgs, Evidences evidences) {
		if (org == null) {
			return null;
		}
		if (org.kind() == OrganizationReader.Kind.ANAPHORA) {
			return orgs.resolve(org);
		}
		return orgs.add(org, evidences.at(org.start(), 1.0));
	}

	/** The country of a national body whose name ends in an adjective of nationality, or null. */
	private String nationality(OrganizationReader.OrgHit o, List<Token> tokens) {
		boolean national = o.entry() != null ? o.entry().national() : o.nationalHead();
		return national && o.end() > o.start() + 1 ? lex.nisbas.get(tokens.get(o.end() - 1).folded()) : null;
	}

	private static boolean insideOrganization(PlaceReader.PlaceHit p, List<OrganizationReader.OrgHit> orgs) {
		for (OrganizationReader.OrgHit o : orgs) {
			boolean placeNamed = o.kind() == OrganizationReader.Kind.HEAD && o.end() == p.end() && o.start() < p.start();
			if (o.kind() != OrganizationReader.Kind.ANAPHORA && p.start() >= o.start() && p.end() <= o.end() && !placeNamed) {
				return true;
			}
		}
		return false;
	}

	/** Evidence of a token: its sentence with offsets. */
	private record Evidences(List<Token> tokens, List<SentenceSplitter.Sentence> sentences) {

		Evidence at(int token, double confidence) {
			if (tokens.isEmpty()) {
				return new Evidence("", 0, 0, confidence);
			}
			SentenceSplitter.Sentence s = SentenceSplitter.at(sentences, tokens.get(Math.min(token, tokens.size() - 1)).start());
			return new Evidence(s.text(), s.start(), s.end(), confidence);
		}
	}
}
