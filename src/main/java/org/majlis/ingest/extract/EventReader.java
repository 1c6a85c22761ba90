package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.event.EventKind;

/**
 * Reads the main event of an article: its kind and name (with the ordinal) from the first event noun, the
 * organisation its name is of, and, through {@link EventSetting}, {@link OrganizerReader} and
 * {@link ParticipantReader}, its date, place, organisers and attendees.
 */
final class EventReader {

	/** A person or office mention with the ref it resolves to. */
	record Actor(int start, int end, String personRef, Participant.RoleReference role) {
	}

	record Located(int start, int end, String ref) {
	}

	/** Everything of the article the event is read from. */
	record Input(String text, List<Token> tokens, List<SentenceSplitter.Sentence> sentences, List<Actor> actors,
			List<Located> organizations, List<PlaceReader.PlaceHit> places, Map<PlaceReader.PlaceHit, String> placeRefs,
			List<DateReader.DateHit> dates, DatelineReader.Dateline dateline, String datelineRef, List<TopicMention> topics) {
	}

	private static final int MAX_NAME = 12;
	private static final Set<String> TO = Set.of("الي", "الى");

	/** The kind of event nouns that name something other than an event of the genre ("مؤتمر صحفي", "حفل"). */
	private static final String NOT_AN_EVENT = "NONE";
	private static final String RECEPTION = "استقبال";

	private final Lexicons lex;
	private final EventNamer namer;
	private final OrganizerReader organizers;
	private final ParticipantReader participants;

	EventReader(Lexicons lex) {
		this.lex = lex;
		this.namer = new EventNamer(lex);
		this.organizers = new OrganizerReader(lex);
		this.participants = new ParticipantReader(lex);
	}

	EventMention read(Input in) {
		List<PhraseMatcher.Match<String>> all = lex.eventNouns.findAll(in.tokens());
		List<PhraseMatcher.Match<String>> others = all.stream().filter(n -> n.value().equals(NOT_AN_EVENT)).toList();
		List<PhraseMatcher.Match<String>> candidates = all.stream().filter(n -> !n.value().equals(NOT_AN_EVENT)).toList();
		EventScope scope = new EventScope(lex, in, candidates, others);
		List<PhraseMatcher.Match<String>> nouns = candidates.stream().filter(n -> scope.aboutToken(in, n.start())).toList();
		if (nouns.isEmpty()) {
			return reception(in, scope);
		}
		boolean assembly = nouns.stream().anyMatch(n -> n.value().equals("GENERAL_ASSEMBLY"));
		EventKind kind = kindOf(nouns.get(0).value(), assembly);
		List<PhraseMatcher.Match<String>> main = nouns.stream().filter(n -> kindOf(n.value(), assembly) == kind).toList();

		List<String> names = new ArrayList<>();
		Map<String, FactRef> organizerByRef = new LinkedHashMap<>();
		String best = null;
		for (PhraseMatcher.Match<String> noun : main) {
			int end = nameEnd(in, noun, kind);
			String name = OrganizationReader.surface(in.text(), in.tokens(), noun.start(), end, noun.firstForm());
			if (best == null || Tokenizer.words(name).size() > Tokenizer.words(best).size()) {
				best = name;
			}
			names.add(name);
			int complement = namer.ordinalEnd(in.tokens(), noun.end());
			for (Located org : in.organizations()) {
				if (org.start() == complement && org.end() <= end && org.ref() != null && kind != EventKind.VISIT
						&& !in.tokens().get(org.start()).folded().startsWith("و")) {
					organizerByRef.putIfAbsent(org.ref(), new FactRef(org.ref(), evidence(in, noun.start(), 0.8)));
				}
			}
		}
		organizers.read(in, scope, organizerByRef);
		String finalName = best;
		List<String> aliases = names.stream().filter(n -> !n.equals(finalName) && Tokenizer.words(n).size() >= 2).distinct().toList();

		Boolean virtual = lex.virtualMarkers.findAll(in.tokens()).isEmpty() ? null : Boolean.TRUE;
		String placeRef = Boolean.TRUE.equals(virtual) ? null : EventSetting.place(in, scope);
		if (placeRef != null) {
			virtual = Boolean.FALSE;
		}
		EventSetting.When when = EventSetting.when(in, scope);
		List<Participant> attendees = participants.read(in, scope);
		PhraseMatcher.Match<String> first = main.get(0);
		String nameEn = namer.english(kind, in.tokens(), main);
		return new EventMention("e1", finalName, nameEn, aliases, kind, when.start(), when.end(), virtual, placeRef,
				List.copyOf(organizerByRef.values()), attendees, in.topics(), evidence(in, first.start(), 1.0));
	}

	/** A reception named by its verb only ("استقبل الوزير في مكتبه …"): a meeting of the people it names. */
	private EventMention reception(Input in, EventScope scope) {
		for (PhraseMatcher.Match<Lexicons.Participation> verb : lex.participation.findAll(in.tokens())) {
			if (verb.value().role().equals("host") && scope.aboutToken(in, verb.start())) {
				List<Participant> attendees = participants.read(in, scope);
				if (attendees.size() < 2) {
					return null;
				}
				String placeRef = EventSetting.place(in, scope);
				EventSetting.When when = EventSetting.when(in, scope);
				return new EventMention("e1", RECEPTION, "Meeting", List.of(), EventKind.MEETING, when.start(), when.end(),
						placeRef == null ? null : Boolean.FALSE, placeRef, List.of(), attendees, in.topics(), evidence(in, verb.start(), 0.8));
			}
		}
		return null;
	}

	private static EventKind kindOf(String value, boolean assembly) {
		if (value.equals("SESSION")) {
			return assembly ? EventKind.GENERAL_ASSEMBLY : EventKind.MEETING;
		}
		return EventKind.valueOf(value);
	}

	private int nameEnd(Input in, PhraseMatcher.Match<String> noun, EventKind kind) {
		List<Token> tokens = in.tokens();
		int j = noun.end();
		int ordinalEnd = namer.ordinalEnd(tokens, j);
		boolean nounDefinite = tokens.get(noun.start()).forms().stream().anyMatch(f -> f.startsWith("ال"));
		j = ordinalEnd;
		boolean lastDefinite = nounDefinite || ordinalEnd > noun.end();
		while (j < tokens.size() && j - noun.start() < MAX_NAME) {
			Token t = tokens.get(j);
			if (kind == EventKind.VISIT && j == noun.end() && TO.contains(t.folded())) {
				j++;
				continue;
			}
			Located org = null;
			for (Located o : in.organizations()) {
				if (o.start() == j) {
					org = o;
				}
			}
			if (org != null) {
				j = org.end();
				lastDefinite = true;
				continue;
			}
			if (!t.word() || t.number() || t.lineStart() || lex.wordKind(t) != null && lex.wordKind(t) != Lexicons.WordKind.GENERIC
					|| lex.participation.at(tokens, j) != null || lex.eventNouns.at(tokens, j) != null || lex.months.at(tokens, j) != null
					|| lex.ranks.at(tokens, j) != null) {
				break;
			}
			boolean definite = t.definite() || t.folded().startsWith("ل");
			boolean adjective = t.definite() && !t.folded().startsWith("لل") && lex.words.get(t.folded()) != Lexicons.WordKind.GENERIC;
			if (nounDefinite && j == ordinalEnd && ordinalEnd == noun.end() && adjective) {
				break;
			}
			if (!definite && (lastDefinite || t.folded().startsWith("و") || t.folded().startsWith("ب"))) {
				break;
			}
			lastDefinite = definite;
			j++;
		}
		return j;
	}

	static Evidence evidence(Input in, int token, double confidence) {
		SentenceSplitter.Sentence s = EventScope.sentenceOf(in, token);
		return new Evidence(s.text(), s.start(), s.end(), confidence);
	}
}
