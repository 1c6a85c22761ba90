package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.text.Sentence;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * What the stages of {@link org.majlis.ingest.extract.ArticleExtractor} know about one article: each stage reads the
 * fields of the stages before it and fills its own (in the order they are declared here, grouped by {@link Finding}).
 * Token indices point into {@link #tokens}; character offsets into {@link #text}.
 */
public final class ArticleContext {

	public final String input;
	/** The publication date given with the article, or null. */
	public final PartialDate publishedAt;

	// TEXT, by ReadText
	public String text;
	public List<Token> tokens;
	public List<Sentence> sentences;
	public int[] sentenceOf;
	/** The first token after the headline lines (0 when the article has none). */
	public int bodyStart;

	// PLACES, by FindPlaces
	public List<PlaceHit> places = List.of();

	// DATELINE, by ReadDateline
	public Dateline dateline;
	/** The date relative words count from: the publication date, else the dateline's. */
	public PartialDate reference;

	// DATES, by FindDates
	public List<DateHit> dates = List.of();

	// ORGANIZATIONS, by FindOrganizations
	public List<OrgHit> organizations = List.of();

	// PEOPLE, by FindPeople
	/** Organisation mentions read as part of an office's title ("مدير إدارة المطلوبين بالإدارة العامة …"). */
	public final Set<OrgHit> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
	public List<PersonHit> personHits = List.of();
	public List<RoleHit> roleHits = List.of();

	// COUNTRIES, by AssignCountries
	/** The country of each national body's mention (by identity), with the rule that chose it. */
	public Map<OrgHit, CountryChoice> countries = Map.of();
	/** The country the article is set in, when the text tells it; else null. */
	public String homeCountry;

	// ENTITIES, by GroupEntities
	public PlaceRegistry placeRegistry;
	public OrganizationRegistry organizationRegistry;
	public PeopleRegistry peopleRegistry;
	/** Every mention of a person or an office, in text order, with what it refers to. */
	public List<Actor> actors = List.of();
	/** Every organisation mention with the organisation it refers to. */
	public List<Located> organizationRefs = List.of();
	/** Every place mention with the place it refers to. */
	public List<Located> placeRefs = List.of();

	// EVENTS, by FindEvents (the PARTICIPANTS, ORGANIZERS, SETTINGS and TOPICS of later stages go into each EventDraft)
	public final List<EventDraft> events = new ArrayList<>();
	/** Every mention of an event in text order. */
	public List<EventHit> eventHits = List.of();
	/** The event each verb of meeting reports, by the verb's token. */
	public final Map<Integer, EventDraft> verbEvents = new HashMap<>();
	/** The subject a verb of meeting leaves out ("كما التقى المدير العام …"), by the verb's token. */
	public final Map<Integer, Actor> elidedSubjects = new HashMap<>();

	// DISCOURSE, by FollowDiscourse
	/** The event each sentence reports (by sentence index), null where it reports none. */
	public EventDraft[] governing = new EventDraft[0];

	// PARTICIPANTS, by DecideAttendance
	/** Every person and event of the article the attendance decision weighed, with its cues and what it decided. */
	public List<org.majlis.ingest.extract.AttendanceCandidate> attendance = List.of();

	// TOPICS, by FindTopics
	public List<TopicHit> topics = List.of();

	public ArticleContext(String input, PartialDate publishedAt) {
		this.input = input == null ? "" : input;
		this.publishedAt = publishedAt;
	}

	Sentence sentence(int token) {
		return sentences.get(sentenceOf[Math.min(Math.max(token, 0), tokens.size() - 1)]);
	}

	/**
	 * "أشاد بنتائج الاجتماع الذي عقد في بغداد الشهر الماضي بمشاركة …": the event named last before the token in its
	 * sentence is a past or planned one named in passing, which the article does not report, so what follows in the
	 * sentence speaks of it.
	 */
	public boolean recalledAt(int token) {
		int sentence = sentenceIndex(token);
		EventHit last = null;
		for (EventHit hit : eventHits) {
			if (hit.start() < token && sentenceIndex(hit.start()) == sentence && hit.event() != null && !hit.part()) {
				last = hit;
			}
		}
		return last != null && !events.contains(last.event());
	}

	/**
	 * The latest reported event (no past or planned one) anchored at or before a token whose noun is {@code family}
	 * ("الاجتماع" repeats the "اجتماع …" named before it), or null.
	 */
	public EventDraft latestOfNoun(String family, int at) {
		EventDraft latest = null;
		for (EventDraft e : events) {
			if (e.anchor <= at && e.tense == null && (e.family.equals(family) || e.families.contains(family))
					&& (latest == null || e.anchor > latest.anchor)) {
				latest = e;
			}
		}
		return latest;
	}

	public int sentenceIndex(int token) {
		return tokens.isEmpty() ? 0 : sentenceOf[Math.min(Math.max(token, 0), tokens.size() - 1)];
	}

	/** The first token of a sentence. */
	public int firstToken(int sentence) {
		Sentence s = sentences.get(sentence);
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() >= s.start()) {
				return i;
			}
		}
		return tokens.size();
	}

	/** The token after the last one of a sentence. */
	public int endToken(int sentence) {
		int i = firstToken(sentence);
		while (i < tokens.size() && sentenceOf[i] == sentence) {
			i++;
		}
		return i;
	}

	/** The evidence of something read at a token: its sentence with offsets, the confidence and the rule. */
	public Evidence evidence(int token, double confidence, String rule) {
		if (tokens.isEmpty() || sentences.isEmpty()) {
			return new Evidence("", 0, 0, confidence, rule);
		}
		Sentence s = sentence(token);
		return new Evidence(s.text(), s.start(), s.end(), confidence, rule);
	}

	/** The token lies inside an office's title after its first word ("بصفته رئيس الجمعية العامة للأفريبول"). */
	public boolean insideOffice(int token) {
		for (PersonHit p : personHits) {
			for (Office o : p.offices()) {
				if (token > o.start() && token < o.end()) {
					return true;
				}
			}
		}
		return roleHits.stream().anyMatch(r -> token > r.office().start() && token < r.office().end());
	}

	/** The text of the tokens from start (inclusive) to end (exclusive), as written. */
	public String textOf(int start, int end) {
		if (start >= end) {
			return "";
		}
		return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
	}

	/** The words from start to end as written, the first without the clitic that {@code firstForm} dropped. */
	public String surface(int start, int end, String firstForm) {
		Token first = tokens.get(start);
		String head = Tokenizer.withoutClitic(first, firstForm);
		return (head + text.substring(first.end(), tokens.get(end - 1).end())).strip();
	}
}
