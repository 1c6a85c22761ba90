package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.event.EventKind;
import org.majlis.place.PlaceKind;

/** Every lexicon of {@code lexicon/*.tsv}, loaded once and read-only afterwards. */
final class Lexicons {

	record PlaceEntry(String key, String name, List<String> aliases, String nameEn, PlaceKind kind, String country) {
	}

	/** A known organisation; national ones ("وزارة الداخلية") exist in every country and get no global key. */
	record OrgEntry(String key, String name, List<String> aliases, String nameEn, String acronym, String country,
			boolean national, boolean standalone) {
	}

	record Title(String title, String titleEn, String organization) {
	}

	/** @param national true for heads of a state's bodies ("وزارة", "إدارة"), false for international ones ("منظمة") */
	record Head(String head, boolean standalone, boolean placeComplement, boolean national) {
	}

	record Month(int month) {
	}

	/** @param wholeSentence true when everyone the sentence names takes part ("استقبل X في مكتبه Y") */
	record Participation(String role, boolean wholeSentence) {
	}

	enum WordKind {
		STOP, GENERIC, VERB
	}

	final PhraseMatcher<PlaceEntry> places = new PhraseMatcher<>(false);
	final Map<String, PlaceEntry> placesByKey = new HashMap<>();
	/** Places by folded spelling; more than one where spellings differ only in diacritics ("عمان" and "عمّان"). */
	final Map<String, List<PlaceEntry>> placesBySpelling = new HashMap<>();
	final PhraseMatcher<OrgEntry> organizations = new PhraseMatcher<>(false);
	final Map<String, OrgEntry> organizationsByName = new HashMap<>();
	final PhraseMatcher<Title> titles = new PhraseMatcher<>(false);
	final PhraseMatcher<Title> titleOrganizations = new PhraseMatcher<>(false);
	final PhraseMatcher<Head> heads = new PhraseMatcher<>(false);
	final PhraseMatcher<String> ranks = new PhraseMatcher<>(false);
	final Map<String, String> rankEnglish = new HashMap<>();
	final PhraseMatcher<Month> months = new PhraseMatcher<>(false);
	final PhraseMatcher<Integer> ordinals = new PhraseMatcher<>(false);
	final Map<String, String> ordinalKinds = new HashMap<>();
	final PhraseMatcher<String> eventNouns = new PhraseMatcher<>(false);
	final PhraseMatcher<String> agencies = new PhraseMatcher<>(false);
	final PhraseMatcher<Participation> participation = new PhraseMatcher<>(false);
	/** Openings that move to another subject ("في سياق آخر"): what follows is not about the article's event. */
	final PhraseMatcher<Boolean> topicShifts = new PhraseMatcher<>(false);
	/** Verbs that name an event's organiser: true for a primary one ("نظمت"), false for a partner ("بالتعاون مع"). */
	final PhraseMatcher<Boolean> organizerTriggers = new PhraseMatcher<>(false);
	final PhraseMatcher<Boolean> virtualMarkers = new PhraseMatcher<>(false);
	final PhraseMatcher<String> topics = new PhraseMatcher<>(true);
	final Map<String, Integer> weekdays = new HashMap<>();
	final Map<String, WordKind> words = new HashMap<>();
	final Map<String, String> nameEnglish = new HashMap<>();
	final Set<String> givenNames = new HashSet<>();
	/** Adjectives of nationality ("الإيطالية") by folded form, with their country's gazetteer key. */
	final Map<String, String> nisbas = new HashMap<>();

	Lexicons() {
		for (String[] r : Tsv.read("lexicon/places.tsv")) {
			PlaceEntry e = new PlaceEntry(r[0], r[1], Tsv.list(r, 2), Tsv.cell(r, 3), PlaceKind.valueOf(Tsv.cell(r, 4)), Tsv.cell(r, 5));
			placesByKey.put(e.key(), e);
			places.add(e.name(), e);
			e.aliases().forEach(a -> places.add(a, e));
			List<String> spellings = new ArrayList<>(e.aliases());
			spellings.add(0, e.name());
			for (String spelling : spellings) {
				List<PlaceEntry> same = placesBySpelling.computeIfAbsent(String.join(" ", Tokenizer.words(spelling)), k -> new ArrayList<>());
				if (!same.contains(e)) {
					same.add(e);
				}
			}
			places.add(e.nameEn(), e);
		}
		for (String[] r : Tsv.read("lexicon/organizations.tsv")) {
			OrgEntry e = new OrgEntry(r[0], r[1], Tsv.list(r, 2), Tsv.cell(r, 3), Tsv.cell(r, 4), Tsv.cell(r, 5),
					"NATIONAL".equals(Tsv.cell(r, 6)), !"no".equals(Tsv.cell(r, 7)));
			organizations.add(e.name(), e);
			e.aliases().forEach(a -> organizations.add(a, e));
			organizationsByName.put(String.join(" ", Tokenizer.words(e.name())), e);
			e.aliases().forEach(a -> organizationsByName.putIfAbsent(String.join(" ", Tokenizer.words(a)), e));
		}
		for (String[] r : Tsv.read("lexicon/titles.tsv")) {
			titles.add(r[0], new Title(r[0], Tsv.cell(r, 1), null));
		}
		for (String[] r : Tsv.read("lexicon/title-organizations.tsv")) {
			titleOrganizations.add(r[0], new Title(r[0], Tsv.cell(r, 2), r[1]));
		}
		for (String[] r : Tsv.read("lexicon/organization-heads.tsv")) {
			heads.add(r[0], new Head(r[0], "yes".equals(Tsv.cell(r, 1)), "PLACE".equals(Tsv.cell(r, 2)), "NATIONAL".equals(Tsv.cell(r, 3))));
		}
		for (String[] r : Tsv.read("lexicon/ranks.tsv")) {
			ranks.add(r[0], r[0]);
			rankEnglish.put(r[0], Tsv.cell(r, 1));
		}
		for (String[] r : Tsv.read("lexicon/months.tsv")) {
			months.add(r[0], new Month(Integer.parseInt(r[1])));
		}
		for (String[] r : Tsv.read("lexicon/ordinals.tsv")) {
			ordinals.add(r[0], Integer.valueOf(r[1]));
			ordinalKinds.put(String.join(" ", Tokenizer.words(r[0])), Tsv.cell(r, 2));
		}
		for (String[] r : Tsv.read("lexicon/event-nouns.tsv")) {
			eventNouns.add(r[0], r[1]);
		}
		for (String[] r : Tsv.read("lexicon/news-agencies.tsv")) {
			agencies.add(r[0], Tsv.cell(r, 2));
		}
		for (String[] r : Tsv.read("lexicon/participation.tsv")) {
			participation.add(r[0], new Participation(r[1], "sentence".equals(Tsv.cell(r, 2))));
		}
		for (String[] r : Tsv.read("lexicon/topic-shifts.tsv")) {
			topicShifts.add(r[0], Boolean.TRUE);
		}
		for (String[] r : Tsv.read("lexicon/organizer-triggers.tsv")) {
			organizerTriggers.add(r[0], !"joint".equals(Tsv.cell(r, 1)));
		}
		for (String[] r : Tsv.read("lexicon/virtual-markers.tsv")) {
			virtualMarkers.add(r[0], Boolean.TRUE);
		}
		for (String[] r : Tsv.read("lexicon/topics.tsv")) {
			topics.add(r[2], r[0]);
			Tsv.list(r, 3).forEach(form -> topics.add(form, r[0]));
		}
		for (String[] r : Tsv.read("lexicon/weekdays.tsv")) {
			weekdays.put(Tokenizer.words(r[0]).get(0), Integer.valueOf(r[1]));
		}
		for (String[] r : Tsv.read("lexicon/words.tsv")) {
			words.put(Tokenizer.words(r[0]).get(0), WordKind.valueOf(r[1]));
		}
		for (String[] r : Tsv.read("lexicon/nisbas.tsv")) {
			nisbas.put(Tokenizer.words(r[0]).get(0), r[1]);
		}
		for (String[] r : Tsv.read("lexicon/names.tsv")) {
			String folded = String.join(" ", Tokenizer.words(r[0]));
			nameEnglish.put(folded, Tsv.cell(r, 1));
			if ("given".equals(Tsv.cell(r, 2))) {
				givenNames.add(folded);
			}
		}
	}

	/** The kind of a function word or verb, trying the word's clitic-free forms too. */
	WordKind wordKind(Token token) {
		WordKind own = words.get(token.folded());
		if (own != null) {
			return own;
		}
		for (String form : token.forms()) {
			if (token.folded().equals("ال" + form)) {
				continue;
			}
			WordKind kind = words.get(form);
			if (kind == WordKind.STOP || kind == WordKind.VERB) {
				return kind;
			}
		}
		return null;
	}

	boolean isWord(Token token, WordKind kind) {
		return wordKind(token) == kind;
	}

	static EventKind eventKind(String value) {
		return "SESSION".equals(value) ? null : EventKind.valueOf(value);
	}
}
