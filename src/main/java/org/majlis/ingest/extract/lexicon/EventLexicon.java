package org.majlis.ingest.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * The words events are read by: event nouns ({@code lexicon/event-nouns.tsv}), words that introduce participants
 * ({@code participation.tsv}) and organisers ({@code organizer-triggers.tsv}), markers of past and planned events
 * ({@code event-tense.tsv}), changes of subject ({@code topic-shifts.tsv}), online meetings
 * ({@code virtual-markers.tsv}), the cues of the attendance decision ({@code attendance-cues.tsv}), the verbal nouns of verbs of
 * gathering ({@code headline-verbs.tsv}), ordinals ({@code ordinals.tsv}), news agencies ({@code news-agencies.tsv}) and the
 * topic vocabulary ({@code topics.tsv}), and the words that tie one event to another ({@code event-links.tsv}).
 */
public final class EventLexicon {

	/**
	 * @param kind an {@code EventKind}, SESSION (a meeting or an assembly's session), PART (a session or ceremony of
	 *     an event), DOCUMENT (what is signed) or NONE (a press conference, a ceremony: not an event of the genre)
	 * @param weak the noun names an event only next to a word of holding ("أعمال برنامج")
	 * @param family the noun without clitics and suffixes, which a later bare mention repeats ("الاجتماع")
	 */
	public record Noun(String kind, boolean weak, String family) {
	}

	public record Trigger(String role, String pattern) {
	}

	/** @param kind primary, joint, host, patron or holds; {@code before}: the organisation precedes the word */
	public record OrganizerTrigger(String kind, boolean before) {
	}

	/** @param before the marker precedes the event's name; {@code clause}: a relative clause after it ("الذي عقد") */
	public record Tense(String tense, boolean before, boolean clause) {
	}

	/** A word near a name that bears on whether its person took part ({@code attendance-cues.tsv}); side: before, after, sentence. */
	public record Cue(String kind, String side) {
	}

	public final PhraseMatcher<Noun> nouns = new PhraseMatcher<>(false);
	public final PhraseMatcher<Trigger> participation = PhraseMatcher.verbs();
	public final PhraseMatcher<OrganizerTrigger> organizerTriggers = new PhraseMatcher<>(false);
	public final PhraseMatcher<Tense> tenses = new PhraseMatcher<>(false);
	public final PhraseMatcher<Boolean> topicShifts = new PhraseMatcher<>(false);
	/** Words that say an event was held online ({@code virtual-markers.tsv}); TRUE: only right after the event's mention. */
	public final PhraseMatcher<Boolean> virtualMarkers = new PhraseMatcher<>(false);
	public final PhraseMatcher<Integer> ordinals = new PhraseMatcher<>(false);
	public final Map<String, String> ordinalKinds = new HashMap<>();
	/** News agencies by their tag ("بنا", "وام"), with the agency's country key. */
	public final PhraseMatcher<String> agencies = new PhraseMatcher<>(false);
	/** Topic keys by surface form; a form may stand for several ("الجريمة المنظمة العابرة للحدود"). */
	public final PhraseMatcher<List<String>> topics = new PhraseMatcher<>(true);
	/** Words that tie an event to another: side, frame, during ({@code event-links.tsv}). */
	public final PhraseMatcher<String> links = new PhraseMatcher<>(false);
	/** The verbal noun of a verb that reports a gathering, by the verb's folded form ({@code headline-verbs.tsv}). */
	public final Map<String, String> verbNouns = new HashMap<>();
	/** Words that count the meetings a sentence reports: dual or series ({@code event-series.tsv}). */
	public final PhraseMatcher<String> series = new PhraseMatcher<>(false);
	/** Words near a name that the learned attendance decision weighs ({@code attendance-cues.tsv}). */
	public final PhraseMatcher<Cue> attendanceCues = new PhraseMatcher<>(false);

	EventLexicon() {
		for (LexiconTable.Row row : LexiconTable.load("event-nouns").rows()) {
			Noun noun = new Noun(row.get("kind"), row.is("strength", "weak"), Tokenizer.words(row.get("family")).get(0));
			nouns.add(row.get("form"), noun);
			String accusative = accusative(row.get("form"));
			if (accusative != null) {
				nouns.add(accusative, noun);
			}
		}
		for (LexiconTable.Row row : LexiconTable.load("participation").rows()) {
			participation.add(row.get("trigger"), new Trigger(row.get("role"), row.get("pattern")));
		}
		for (LexiconTable.Row row : LexiconTable.load("organizer-triggers").rows()) {
			organizerTriggers.add(row.get("trigger"), new OrganizerTrigger(row.get("kind"), row.is("side", "before")));
		}
		for (LexiconTable.Row row : LexiconTable.load("event-tense").rows()) {
			tenses.add(row.get("marker"), new Tense(row.get("tense"), row.is("side", "before"), row.is("side", "clause")));
		}
		LexiconTable.load("topic-shifts").rows().forEach(row -> topicShifts.add(row.get("marker"), Boolean.TRUE));
		LexiconTable.load("virtual-markers").rows().forEach(row -> virtualMarkers.add(row.get("marker"), row.is("where", "after-event")));
		for (LexiconTable.Row row : LexiconTable.load("ordinals").rows()) {
			ordinals.add(row.get("form"), row.number("value"));
			ordinalKinds.put(String.join(" ", Tokenizer.words(row.get("form"))), row.get("kind"));
		}
		LexiconTable.load("news-agencies").rows().forEach(row -> agencies.add(row.get("tag"), row.get("country")));
		LexiconTable.load("event-links").rows().forEach(row -> links.add(row.get("marker"), row.get("kind")));
		LexiconTable.load("headline-verbs").rows().forEach(row -> verbNouns.put(Tokenizer.words(row.get("verb")).getFirst(), row.get("noun")));
		LexiconTable.load("event-series").rows().forEach(row -> series.add(row.get("marker"), row.get("kind")));
		LexiconTable.load("attendance-cues").rows().forEach(row -> attendanceCues.add(row.get("cue"), new Cue(row.get("kind"), row.get("side"))));
		Map<String, List<String>> keysByForm = new java.util.LinkedHashMap<>();
		for (LexiconTable.Row row : LexiconTable.load("topics").rows()) {
			List<String> forms = new java.util.ArrayList<>(row.list("some surface forms seen in news"));
			forms.add(0, row.get("arabic"));
			for (String form : forms) {
				List<String> keys = keysByForm.computeIfAbsent(String.join(" ", Tokenizer.words(form)), k -> new java.util.ArrayList<>());
				if (!keys.contains(row.get("key"))) {
					keys.add(row.get("key"));
				}
			}
		}
		keysByForm.forEach((form, keys) -> topics.add(form, List.copyOf(keys)));
	}

	/**
	 * "برنامجا تدريبيا", "مؤتمرا صحفيا": an indefinite noun and its adjective of relation ("تدريبي") as the object of a
	 * verb, each with the alef of the accusative; null for a form of another shape ("ورشة عمل", "المؤتمر الدولي", a
	 * construct with its adjective: "حفل عشاء رسمي").
	 */
	static String accusative(String form) {
		List<String> words = List.of(form.strip().split("\\s+"));
		if (words.size() != 2 || words.getFirst().startsWith("ال") || !words.getLast().endsWith("ي")) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (String word : words) {
			boolean open = word.endsWith("ة") || word.endsWith("ا") || word.endsWith("ى") || word.endsWith("ء") || word.endsWith("ات");
			out.add(open ? word : word + "ا");
		}
		return String.join(" ", out);
	}
}
