package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.List;

import org.majlis.common.PartialDate;

/**
 * What the stages of {@link ArticleExtractor} know about one article: each stage reads the fields of the stages
 * before it and fills its own (in the order they are declared here). Token indices point into {@link #tokens};
 * character offsets into {@link #text}.
 */
final class ArticleContext {

	final String input;
	/** The publication date given with the article, or null. */
	final PartialDate publishedAt;

	// ReadText
	String text;
	List<Token> tokens;
	List<SentenceSplitter.Sentence> sentences;
	int[] sentenceOf;
	/** The first token after the headline lines (0 when the article has none). */
	int bodyStart;

	// FindPlaces
	List<FindPlaces.PlaceHit> places = List.of();

	// ReadDateline
	ReadDateline.Dateline dateline;
	/** The date relative words count from: the publication date, else the dateline's. */
	PartialDate reference;

	// FindDates
	List<DateReader.DateHit> dates = List.of();

	// FindOrganizations
	List<FindOrganizations.OrgHit> organizations = List.of();

	// FindPeople
	/** Organisation mentions read as part of an office's title ("مدير إدارة المطلوبين بالإدارة العامة …"). */
	final java.util.Set<FindOrganizations.OrgHit> absorbed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
	List<FindPeople.PersonHit> personHits = List.of();
	List<FindPeople.RoleHit> roleHits = List.of();

	// AssignCountries
	/** The country of each national body's mention (by identity), with the rule that chose it. */
	java.util.Map<FindOrganizations.OrgHit, AssignCountries.Choice> countries = java.util.Map.of();
	/** The country the article is set in, when the text tells it; else null. */
	String homeCountry;

	// GroupEntities
	PlaceRegistry placeRegistry;
	OrganizationRegistry organizationRegistry;
	PeopleRegistry peopleRegistry;
	/** Every mention of a person or an office, in text order, with what it refers to. */
	List<Actor> actors = List.of();
	/** Every organisation mention with the organisation it refers to. */
	List<Located> organizationRefs = List.of();
	/** Every place mention with the place it refers to. */
	List<Located> placeRefs = List.of();

	// FindEvents and the stages after it
	final List<EventDraft> events = new ArrayList<>();
	/** Every mention of an event in text order. */
	List<FindEvents.EventHit> eventHits = List.of();
	/** The event each verb of meeting reports, by the verb's token. */
	final java.util.Map<Integer, EventDraft> verbEvents = new java.util.HashMap<>();

	// FollowDiscourse
	/** The event each sentence reports (by sentence index), null where it reports none. */
	EventDraft[] governing = new EventDraft[0];

	// FindTopics
	List<FindTopics.TopicHit> topics = List.of();

	ArticleContext(String input, PartialDate publishedAt) {
		this.input = input == null ? "" : input;
		this.publishedAt = publishedAt;
	}

	/** A mention of a person ({@code personRef}) or of an office whose holder the graph may know ({@code role}). */
	record Actor(int start, int end, String personRef, Participant.RoleReference role, String rule) {
	}

	/** A mention of an organisation or a place with the article-local ref it resolved to. */
	record Located(int start, int end, String ref) {
	}

	SentenceSplitter.Sentence sentence(int token) {
		return sentences.get(sentenceOf[Math.min(Math.max(token, 0), tokens.size() - 1)]);
	}

	int sentenceIndex(int token) {
		return tokens.isEmpty() ? 0 : sentenceOf[Math.min(Math.max(token, 0), tokens.size() - 1)];
	}

	/** The first token of a sentence. */
	int firstToken(int sentence) {
		SentenceSplitter.Sentence s = sentences.get(sentence);
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() >= s.start()) {
				return i;
			}
		}
		return tokens.size();
	}

	/** The token after the last one of a sentence. */
	int endToken(int sentence) {
		int i = firstToken(sentence);
		while (i < tokens.size() && sentenceOf[i] == sentence) {
			i++;
		}
		return i;
	}

	/** The evidence of something read at a token: its sentence with offsets, the confidence and the rule. */
	Evidence evidence(int token, double confidence, String rule) {
		if (tokens.isEmpty() || sentences.isEmpty()) {
			return new Evidence("", 0, 0, confidence, rule);
		}
		SentenceSplitter.Sentence s = sentence(token);
		return new Evidence(s.text(), s.start(), s.end(), confidence, rule);
	}

	/** The token lies inside an office's title after its first word ("بصفته رئيس الجمعية العامة للأفريبول"). */
	boolean insideOffice(int token) {
		for (FindPeople.PersonHit p : personHits) {
			for (OfficeReader.Office o : p.offices()) {
				if (token > o.start() && token < o.end()) {
					return true;
				}
			}
		}
		return roleHits.stream().anyMatch(r -> token > r.office().start() && token < r.office().end());
	}

	/** The text of the tokens from start (inclusive) to end (exclusive), as written. */
	String textOf(int start, int end) {
		if (start >= end) {
			return "";
		}
		return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
	}
}
