package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;

/**
 * Reads the main event of an article: its kind and name (with the ordinal) from the first event noun, the
 * date and place stated near it (else the dateline), whether it was virtual, its organisers and attendees.
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

	private final Lexicons lex;
	private final EventNamer namer;

	EventReader(Lexicons lex) {
		this.lex = lex;
		this.namer = new EventNamer(lex);
	}

	EventMention read(Input in) {
		List<PhraseMatcher.Match<String>> nouns = lex.eventNouns.findAll(in.tokens());
		if (nouns.isEmpty()) {
			return null;
		}
		boolean assembly = nouns.stream().anyMatch(n -> n.value().equals("GENERAL_ASSEMBLY"));
		EventKind kind = kindOf(nouns.get(0).value(), assembly);
		List<PhraseMatcher.Match<String>> main = nouns.stream().filter(n -> kindOf(n.value(), assembly) == kind).toList();
		BitSet eventSentences = new BitSet();
		nouns.forEach(n -> eventSentences.set(sentenceOf(in, n.start()).index()));

		List<String> names = new ArrayList<>();
		List<FactRef> organizers = new ArrayList<>();
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
		for (PhraseMatcher.Match<Boolean> trigger : lex.organizerTriggers.findAll(in.tokens())) {
			for (Located org : in.organizations()) {
				if (org.start() >= trigger.end() && org.start() <= trigger.end() + 1 && org.ref() != null) {
					organizerByRef.putIfAbsent(org.ref(), new FactRef(org.ref(), evidence(in, trigger.start(), 1.0)));
				}
			}
		}
		organizers.addAll(organizerByRef.values());
		String finalName = best;
		List<String> aliases = names.stream().filter(n -> !n.equals(finalName) && Tokenizer.words(n).size() >= 2).distinct().toList();

		Boolean virtual = lex.virtualMarkers.findAll(in.tokens()).isEmpty() ? null : Boolean.TRUE;
		String placeRef = Boolean.TRUE.equals(virtual) ? null : place(in, eventSentences);
		if (placeRef != null) {
			virtual = Boolean.FALSE;
		}
		PartialDate start = null;
		PartialDate end = null;
		for (DateReader.DateHit date : in.dates()) {
			if (date.start().month() != null && eventSentences.get(sentenceOf(in, date.startToken()).index())) {
				start = date.start();
				end = date.end();
				break;
			}
		}
		if (start == null && in.dateline() != null && in.dateline().dateFromDateline()) {
			start = in.dateline().date();
		}
		List<Participant> attendees = attendees(in);
		PhraseMatcher.Match<String> first = main.get(0);
		String nameEn = namer.english(kind, in.tokens(), main);
		return new EventMention("e1", finalName, nameEn, aliases, kind, start, end, virtual, placeRef, organizers, attendees,
				in.topics(), evidence(in, first.start(), 1.0));
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
			if (!t.word() || t.number() || lex.wordKind(t) != null && lex.wordKind(t) != Lexicons.WordKind.GENERIC
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

	private String place(Input in, BitSet eventSentences) {
		String country = null;
		for (PlaceReader.PlaceHit p : in.places()) {
			boolean near = eventSentences.get(sentenceOf(in, p.start()).index());
			if (near && PlaceReader.locative(in.tokens(), p)) {
				if (p.entry().kind() == org.majlis.place.PlaceKind.CITY) {
					return in.placeRefs().get(p);
				}
				country = country == null ? in.placeRefs().get(p) : country;
			}
		}
		if (in.datelineRef() != null) {
			return in.datelineRef();
		}
		return country;
	}

	private List<Participant> attendees(Input in) {
		Map<String, Participant> out = new LinkedHashMap<>();
		List<Token> tokens = in.tokens();
		for (PhraseMatcher.Match<String> trigger : lex.participation.findAll(tokens)) {
			SentenceSplitter.Sentence sentence = sentenceOf(in, trigger.start());
			Actor previous = null;
			for (Actor a : in.actors()) {
				if (!sentence.contains(tokens.get(a.start()).start())) {
					continue;
				}
				boolean take;
				if (previous == null) {
					take = (a.end() == trigger.start() || a.end() == trigger.start() - 1 && !tokens.get(a.end()).word())
							|| a.start() >= trigger.end() && a.start() <= trigger.end() + 6 && clear(tokens, trigger.end(), a.start());
				}
				else {
					take = a.start() >= previous.end() && a.start() <= previous.end() + 1 && chained(tokens, previous.end(), a.start());
				}
				if (take) {
					String key = a.personRef() != null ? a.personRef() : a.role().title() + "|" + a.role().organizationRef();
					double confidence = a.personRef() != null ? 1.0 : 0.7;
					out.putIfAbsent(key, new Participant(a.personRef(), a.personRef() == null ? a.role() : null, trigger.value(),
							new Evidence(sentence.text(), sentence.start(), sentence.end(), confidence)));
					previous = a;
				}
				else if (previous != null) {
					break;
				}
			}
		}
		return List.copyOf(out.values());
	}

	/** Between a verb and its subject only the event ("حضر المؤتمر"), a pronoun or a comma may stand. */
	private boolean clear(List<Token> tokens, int from, int to) {
		for (int k = from; k < to; k++) {
			Token t = tokens.get(k);
			if (t.word() && lex.wordKind(t) != null && lex.eventNouns.at(tokens, k) == null) {
				return false;
			}
			if (!t.word() && !t.is("،")) {
				return false;
			}
		}
		return true;
	}

	private static boolean chained(List<Token> tokens, int from, int to) {
		if (from == to) {
			return tokens.get(to).folded().startsWith("و");
		}
		Token between = tokens.get(from);
		return to - from == 1 && (between.is("،") || between.is("و") || between.is(","));
	}

	private static SentenceSplitter.Sentence sentenceOf(Input in, int token) {
		return SentenceSplitter.at(in.sentences(), in.tokens().get(token).start());
	}

	private static Evidence evidence(Input in, int token, double confidence) {
		SentenceSplitter.Sentence s = sentenceOf(in, token);
		return new Evidence(s.text(), s.start(), s.end(), confidence);
	}
}
