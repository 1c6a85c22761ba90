package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.event.EventKind;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.Participants;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Possessive;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Finds every event the article reports. Each event noun with its name is a mention ("الاجتماع الثامن والعشرين
 * للمديرين العامين …"); a later mention of the same event (the same noun and a compatible name, or the bare noun
 * "الاجتماع", "القمة") is the same event, one with another ordinal or name another event. Meetings named only by a
 * verb ("استقبل …", "التقى …", "بحث … مع …") and signings with no other event around them are events too (see
 * {@link VerbEvents}). Past and planned events mentioned in passing ("اللقاءين السابقين", "الذي سيعقد") are left out.
 */
public final class FindEvents implements Stage {

	/**
	 * A one-word noun with a pronoun of two or more ("لقائهما", "اجتماعهم"): like "اجتماعه", it names an event told
	 * before. Only one word, so that "مذكرة تفاهم" is not read as one.
	 */
	private static final java.util.regex.Pattern PLURAL_POSSESSIVE = java.util.regex.Pattern.compile("(هما|هم)$");

	private static final int MAX_NAME = 12;
	private static final int MAX_QUOTED = 16;
	/** The most adjectives between an event noun and its ordinal ("الاجتماع السنوي الوزاري العام السابع"). */
	private static final int MAX_ADJECTIVES = 3;
	private static final Set<String> OPENING = Set.of("\"", "“", "«", "'");
	private static final Set<String> CLOSING = Set.of("\"", "”", "»", "'");

	private final Lexicons lex;
	private final EventNamer namer;
	private final VerbEvents verbs;
	private final HeadlineName headline;
	private final OneVisit visits;

	public FindEvents(Lexicons lex) {
		this.lex = lex;
		this.namer = new EventNamer(lex);
		this.verbs = new VerbEvents(lex);
		this.headline = new HeadlineName(lex);
		this.visits = new OneVisit(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES, Finding.ORGANIZATIONS, Finding.PEOPLE, Finding.ENTITIES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.EVENTS);
	}

	@Override
	public void apply(ArticleContext a) {
		// the family of the first noun of a composite name ("الدورة" of "الدورة 79 للجمعية العامة"), by its token
		Map<Integer, String> leading = new HashMap<>();
		List<EventHit> hits = new ArrayList<>();
		List<PhraseMatcher.Match<EventLexicon.Noun>> nouns = lex.events.nouns.findAll(a.tokens);
		for (int n = 0; n < nouns.size(); n++) {
			PhraseMatcher.Match<EventLexicon.Noun> noun = nouns.get(n);
			String kind = noun.value().kind();
			if (noun.start() < a.bodyStart || Set.of("NONE", "DOCUMENT", "SIGN").contains(kind) || insideOrganization(a, noun.start())
					|| a.insideOffice(noun.start())) {
				continue;
			}
			if (noun.value().weak() && !held(a, noun.start()) && !quoteAfter(a, noun.end()) || pronounNotNoun(a, noun)) {
				continue;
			}
			if (kind.equals("PART") && !ofBody(a, noun)) {
				hits.add(new EventHit(noun.start(), noun.end(), null, true, true, noun.value().family(), null, null));
				continue;
			}
			if (kind.equals("PART")) {
				noun = new PhraseMatcher.Match<>(noun.start(), noun.end(), new EventLexicon.Noun("MEETING", false, noun.value().family()),
						noun.surface(), noun.firstForm());
				nouns.set(n, noun);
			}
			PhraseMatcher.Match<EventLexicon.Noun> next = n + 1 < nouns.size() ? nouns.get(n + 1) : null;
			// "اختتم زيارته بلقاء مع …": a noun after "ب" is the means, another event, not the rest of a composite name
			boolean adjoining = next != null && (next.start() == noun.end() || next.start() == namer.ordinalEnd(a.tokens, noun.end())
					|| describedOf(a.tokens, noun, next)) && !subjectAfter(a.tokens, noun, next) && !a.tokens.get(next.start()).folded().startsWith("ب");
			if (adjoining && Set.of("NONE", "PART", "DOCUMENT", "SIGN").stream().noneMatch(next.value().kind()::equals)) {
				nouns.set(n + 1, new PhraseMatcher.Match<>(noun.start(), next.end(), next.value(), next.surface(), noun.firstForm()));
				leading.put(noun.start(), noun.value().family());
				continue;
			}
			hits.add(mention(a, noun, leading));
		}
		a.eventHits = hits;
		verbs.find(a);
		reportedDespiteClause(a);
		a.eventHits = resolveBare(a, hits);
		toldAgain(a);
		framedLater(a);
		namedOnMargins(a);
		a.events.removeIf(e -> e.origin == EventDraft.Origin.NOUN && passing(a, e));
		a.events.sort((x, y) -> Integer.compare(x.anchor, y.anchor));
		visits.apply(a);
		headline.name(a);
	}

	/**
	 * "اختتمت اجتماعات اللجنة الأمنية المشتركة …": meetings or talks in the plural, which are otherwise the sessions of
	 * an event named elsewhere ("اجتماعات الدورة الـ 34"), name a meeting of their own when a body's head noun follows them.
	 */
	private boolean ofBody(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun) {
		return noun.end() < a.tokens.size() && !a.tokens.get(noun.start()).definite() && lex.organizations.heads.at(a.tokens, noun.end()) != null;
	}

	/** Adds a named noun mention to the event it repeats, or to a new event; a bare one waits for {@link #resolveBare}. */
	private EventHit mention(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun, Map<Integer, String> leading) {
		List<Token> tokens = a.tokens;
		EventKind kind = kindOf(noun.value().kind(), noun.start(), tokens);
		int end = nameEnd(a, noun, kind);
		int ordinal = ordinal(tokens, noun.end(), end);
		if (ordinal == 0 && leading.containsKey(noun.start())) {
			// "الدورة الحادية والتسعين للجمعية العامة": the ordinal follows the leading noun of a composite name
			ordinal = ordinal(tokens, noun.start() + 1, noun.end());
		}
		String family = noun.value().family();
		boolean possessive = noun.surface().endsWith("ه") || noun.surface().endsWith("ها")
				|| !noun.surface().contains(" ") && PLURAL_POSSESSIVE.matcher(noun.surface()).find();
		boolean definite = a.tokens.get(noun.start()).forms().stream().anyMatch(f -> f.startsWith("ال")) || demonstrative(a, noun.start());
		boolean bare = definite && (end == noun.end() && ordinal == 0 || ordinal == 0 && genericOnly(a, noun.end(), end))
				|| placeOnly(a, noun.end(), end) || describes(a, noun, ordinal) || possessive && !a.events.isEmpty();
		String name = a.surface(noun.start(), end, noun.firstForm());
		if (bare) {
			return new EventHit(noun.start(), end, null, false, true, family, kind, name);
		}
		String of = organizationOfName(a, noun, end);
		EventDraft event = kind == EventKind.VISIT ? visitOfProgramme(a, noun, end) : null;
		event = event != null ? event : same(a, family, kind, ordinal, name, of);
		String tense = tense(a, new EventDraft.Mention(noun.start(), end));
		if (event == null) {
			event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.NOUN, kind, family, name, noun.start(),
					a.evidence(noun.start(), 1.0, "event noun with its name"));
			event.ordinal = ordinal;
			event.tense = tense;
			a.events.add(event);
		}
		else {
			event.tense = tense == null ? null : event.tense;
			event.addName(name);
			event.ordinal = event.ordinal == 0 ? ordinal : event.ordinal;
			if (kind == EventKind.GENERAL_ASSEMBLY) {
				event.kind = kind;
				event.family = family;
			}
		}
		event.mentions.add(new EventDraft.Mention(noun.start(), end));
		event.families.add(family);
		if (leading.containsKey(noun.start())) {
			event.families.add(leading.get(noun.start()));
		}
		nameOrganizer(a, event, noun, end);
		return new EventHit(noun.start(), end, event, false, false, family, kind, name);
	}

	/**
	 * Bare mentions in text order: the latest event of the same noun before them, else of the same kind, else the
	 * article's first; a part ("الجلسة الافتتاحية للاجتماع") belongs to the event named right after it, else to the
	 * latest one. A bare mention before any event starts one.
	 */
	private List<EventHit> resolveBare(ArticleContext a, List<EventHit> hits) {
		List<EventHit> out = new ArrayList<>();
		for (int h = 0; h < hits.size(); h++) {
			EventHit hit = hits.get(h);
			if (!hit.bare()) {
				out.add(hit);
				continue;
			}
			EventDraft event;
			if (hit.part()) {
				EventHit next = h + 1 < hits.size() && hits.get(h + 1).start() <= hit.end() + 1 ? hits.get(h + 1) : null;
				EventDraft sameNoun = sameFamily(a, hit.family(), hit.start());
				EventDraft sameWord = sameWord(a, out, hit);
				event = next != null && next.event() != null ? next.event() : sameWord != null ? sameWord : sameNoun != null ? sameNoun : latest(a, hit.start());
			}
			else {
				// "مذكرا بالدورة السابقة التي احتضنتها غلاسكو": an earlier or a coming edition is not the event before it
				String tense = otherEdition(a, hit.end());
				event = tense != null ? null : antecedent(a, hit.family(), hit.kind(), hit.start());
				if (event == null && framing(a, hit.start())) {
					event = next(a, hit.start());
				}
				if (event == null) {
					event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.NOUN, hit.kind(), hit.family(), hit.name(), hit.start(),
							a.evidence(hit.start(), 0.8, "event noun"));
					event.tense = tense;
					a.events.add(event);
				}
				event.mentions.add(new EventDraft.Mention(hit.start(), hit.end()));
			}
			out.add(new EventHit(hit.start(), hit.end(), event, hit.part(), true, hit.family(), hit.kind(), hit.name()));
		}
		return out;
	}

	/**
	 * "بحث الوزير مع … سبل التعاون. جاء ذلك خلال استقباله …": a meeting named right after «جاء ذلك خلال» (that came during
	 * it) is the meeting a sentence before reported, told again, as a reception and the talks held in it are one event.
	 * A visit or a conference named there is the setting of what came before, and stays an event of its own; so does a
	 * meeting with no reported meeting before it.
	 */
	private void toldAgain(ArticleContext a) {
		for (EventHit hit : List.copyOf(a.eventHits)) {
			EventDraft told = hit.event();
			if (told == null || hit.part() || told.kind != EventKind.MEETING || told.anchor != hit.start() || !a.events.contains(told)
					|| !retold(a, hit.start())) {
				continue;
			}
			int sentence = a.sentenceIndex(hit.start());
			a.events.stream()
				.filter(e -> e != told && e.kind == EventKind.MEETING && e.tense == null && a.sentenceIndex(e.anchor) < sentence)
				.max(Comparator.comparingInt(e -> e.anchor))
				.ifPresent(before -> OneVisit.merge(a, told, before));
		}
	}

	/** The event noun at a token follows «جاء ذلك خلال» or a like phrase ({@code event-links.tsv}, kind retold). */
	private boolean retold(ArticleContext a, int at) {
		for (int k = Math.max(0, at - 4); k < at; k++) {
			PhraseMatcher.Match<String> link = lex.events.links.at(a.tokens, k);
			if (link != null && link.value().equals("retold") && link.end() == at) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "ويأتي هذا اللقاء على هامش أعمال الدورة الخامسة …": a sentence that names an event again by a demonstrative and its
	 * bare noun, then the event it took place on the margins of, makes it that event's side event.
	 */
	private void framedLater(ArticleContext a) {
		for (EventHit hit : a.eventHits) {
			if (!hit.bare() || hit.event() == null || hit.event().sideOf != null || !demonstrative(a, hit.start())) {
				continue;
			}
			int sentence = a.sentenceIndex(hit.start());
			EventDraft main = Participants.sideEvent(a, lex, sentence);
			if (main != null && main != hit.event() && main.anchor > hit.start() && main.tense == null) {
				hit.event().sideOf = main;
			}
		}
	}

	/**
	 * "وعلى هامش أعمال الجمعية العامة، عقد المدير العام لقاء ثنائيا مع …": an event named by its noun in a sentence that
	 * says on whose margins it took place is a side event of that one, as a meeting a verb reports there is; so is a
	 * meeting a verb reports on the margins of a gathering named only by a generic noun ("في المؤتمر الدولي …. وعلى هامش
	 * المؤتمر، التقى …"), which has its event once bare nouns are resolved.
	 */
	private void namedOnMargins(ArticleContext a) {
		for (EventDraft e : a.events) {
			boolean nounOrVerb = e.origin == EventDraft.Origin.NOUN || e.origin == EventDraft.Origin.MEETING_VERB;
			if (!nounOrVerb || e.sideOf != null || e.tense != null) {
				continue;
			}
			EventDraft main = Participants.sideEvent(a, lex, a.sentenceIndex(e.anchor));
			if (main != null && main != e && main.anchor < e.anchor && main.tense == null) {
				e.sideOf = main;
			}
		}
	}

	/** "في إطار الزيارة التي يقوم بها": the occasion of the event the sentence reports. */
	private boolean framing(ArticleContext a, int at) {
		for (int k = Math.max(0, at - 2); k < at; k++) {
			PhraseMatcher.Match<String> link = lex.events.links.at(a.tokens, k);
			if (link != null && link.value().equals("frame") && link.end() >= at - 1) {
				return true;
			}
		}
		return false;
	}

	/** The first event after a token in its sentence or the next. */
	private static EventDraft next(ArticleContext a, int at) {
		EventDraft best = null;
		for (EventDraft e : a.events) {
			if (e.anchor > at && a.sentenceIndex(e.anchor) <= a.sentenceIndex(at) + 1 && (best == null || e.anchor < best.anchor)) {
				best = e;
			}
		}
		return best;
	}

	/** "خلال اللقاءات" after "بحث … مع …": the latest event of the same noun before a token, or null. */
	private static EventDraft sameFamily(ArticleContext a, String family, int at) {
		EventDraft best = null;
		for (EventDraft e : a.events) {
			if (e.anchor <= at && (e.family.equals(family) || e.families.contains(family)) && (best == null || e.anchor > best.anchor)) {
				best = e;
			}
		}
		return best;
	}

	/**
	 * "أجرى الوزير مباحثات مع … كما التقى … وحضر المباحثات …": a part named again with the article is the one named
	 * before by the same word, when that one belongs to an event.
	 */
	private static EventDraft sameWord(ArticleContext a, List<EventHit> before, EventHit hit) {
		Token word = a.tokens.get(hit.start());
		if (!word.definite()) {
			return null;
		}
		for (int h = before.size() - 1; h >= 0; h--) {
			EventHit earlier = before.get(h);
			Token other = a.tokens.get(earlier.start());
			if (earlier.part() && earlier.event() != null && !other.definite() && word.forms().contains(other.folded())) {
				return earlier.event();
			}
		}
		return null;
	}

	private static EventDraft latest(ArticleContext a, int at) {
		EventDraft best = null;
		for (EventDraft e : a.events) {
			if (e.anchor <= at && (best == null || e.anchor > best.anchor)) {
				best = e;
			}
		}
		return best;
	}

	/** "الدورة" is an assembly's session when the article speaks of a general assembly, else a meeting. */
	private EventKind kindOf(String value, int at, List<Token> tokens) {
		if (!value.equals("SESSION")) {
			return EventKind.valueOf(value);
		}
		for (int k = at; k < Math.min(tokens.size(), at + 6); k++) {
			PhraseMatcher.Match<EventLexicon.Noun> m = lex.events.nouns.at(tokens, k);
			if (m != null && m.value().kind().equals("GENERAL_ASSEMBLY")) {
				return EventKind.GENERAL_ASSEMBLY;
			}
		}
		return EventKind.MEETING;
	}

	/** The latest event a bare noun repeats: of the same noun, else of the same kind, else the latest before it. */
	private static EventDraft antecedent(ArticleContext a, String family, EventKind kind, int at) {
		EventDraft sameNoun = a.latestOfNoun(family, at);
		EventDraft sameKind = null;
		EventDraft latest = null;
		for (EventDraft e : a.events) {
			if (e.anchor > at || e.tense != null) {
				continue;
			}
			if (e.kind == kind && (sameKind == null || e.anchor > sameKind.anchor)) {
				sameKind = e;
			}
			if (latest == null || e.anchor > latest.anchor) {
				latest = e;
			}
		}
		return sameNoun != null ? sameNoun : sameKind != null ? sameKind : latest;
	}

	/**
	 * An earlier event this named mention repeats: the same noun, no other ordinal, and one name holding the other's
	 * words or, without an ordinal, the same organisation ("الجمعية العمومية للإنتربول" after "… الـ 86").
	 */
	private static EventDraft same(ArticleContext a, String family, EventKind kind, int ordinal, String name, String organization) {
		for (int k = a.events.size() - 1; k >= 0; k--) {
			EventDraft e = a.events.get(k);
			boolean assembly = kind == EventKind.GENERAL_ASSEMBLY || e.kind == EventKind.GENERAL_ASSEMBLY;
			boolean session = family.equals("دوره") || e.family.equals("دوره");
			boolean sameNoun = e.family.equals(family) || e.kind == kind && kind == EventKind.GENERAL_ASSEMBLY || assembly && session;
			if (!sameNoun || e.ordinal != 0 && ordinal != 0 && e.ordinal != ordinal) {
				continue;
			}
			boolean sameBody = ordinal == 0 && organization != null && e.nameOrganizer != null && organization.equals(e.nameOrganizer.ref());
			if (ordinal != 0 && e.ordinal == ordinal || sameBody || compatible(e.name, name) || e.aliases.stream().anyMatch(x -> compatible(x, name))) {
				return e;
			}
		}
		return null;
	}

	/** The ordinal of a name: after the noun ("الدورة 93", "الثامن والعشرين") or after its complement ("للإنتربول الـ 87"). */
	private int ordinal(List<Token> tokens, int from, int end) {
		boolean afterAdjectives = ordinalAfterAdjective(tokens, from) > from;
		for (int k = from; k < end; k++) {
			int value = namer.ordinal(tokens, k);
			boolean afterAdjective = afterAdjectives && k > from && k <= from + MAX_ADJECTIVES;
			if (value > 0 && (k == from || afterAdjective || tokens.get(k).is("ال") || tokens.get(k).number())) {
				return value;
			}
		}
		return 0;
	}

	/**
	 * "المؤتمر ال 36 … في ثالث لقاء أمني رفيع المستوى": an indefinite noun without an ordinal after an event named in
	 * the same sentence describes that event.
	 */
	private boolean describes(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun, int ordinal) {
		Token first = a.tokens.get(noun.start());
		if (ordinal != 0 || first.forms().stream().anyMatch(f -> f.startsWith("ال")) || noun.value().kind().equals("VISIT")) {
			return false;
		}
		int sentence = a.sentenceIndex(noun.start());
		return a.events.stream().anyMatch(e -> e.mentions.stream().anyMatch(m -> a.sentenceIndex(m.start()) == sentence && m.end() <= noun.start()));
	}

	/**
	 * "كما قام الوفد بزيارة إلى المخبر المركزي …": in an article about a visit, a visit to a body or a venue is part of
	 * the visit's programme, not another visit.
	 */
	private EventDraft visitOfProgramme(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun, int end) {
		EventDraft visit = a.events.stream().filter(e -> e.kind == EventKind.VISIT && e.anchor < noun.start()).findFirst().orElse(null);
		if (visit == null) {
			return null;
		}
		boolean toPlace = a.places.stream().anyMatch(p -> p.entry() != null && p.start() >= noun.end() && p.start() < end
				&& (p.entry().kind() == org.majlis.place.PlaceKind.COUNTRY || p.entry().kind() == org.majlis.place.PlaceKind.CITY));
		boolean toBody = a.organizationRefs.stream().anyMatch(o -> o.start() >= noun.end() && o.start() <= noun.end() + 2);
		return toBody && !toPlace ? visit : null;
	}

	/** "هذه الزيارة", "هذا اجتماع": a demonstrative before the noun. */
	private boolean demonstrative(ArticleContext a, int at) {
		return at > 0 && lex.functions.has(a.tokens.get(at - 1), FunctionWords.Role.DEMONSTRATIVE);
	}

	/** "هذا الاجتماع الدولي": a name of generic adjectives only repeats an event, it names none. */
	private boolean genericOnly(ArticleContext a, int from, int end) {
		for (int k = from; k < end; k++) {
			if (lex.words.ownKind(a.tokens.get(k)) != WordLexicon.Kind.GENERIC) {
				return false;
			}
		}
		return end > from;
	}

	private String organizationOfName(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun, int end) {
		int complement = namer.ordinalEnd(a.tokens, noun.end());
		for (Located org : a.organizationRefs) {
			if (org.start() == complement && org.end() <= end) {
				return org.ref();
			}
		}
		return null;
	}

	private static boolean compatible(String one, String other) {
		Set<String> x = new java.util.HashSet<>(ArabicText.bareTokens(one));
		Set<String> y = new java.util.HashSet<>(ArabicText.bareTokens(other));
		return x.containsAll(y) || y.containsAll(x);
	}

	/** "اجتماع الجزائر": a noun named only by where it is held names the event held there, as a bare noun does. */
	private static boolean placeOnly(ArticleContext a, int from, int to) {
		if (to <= from) {
			return false;
		}
		return a.places.stream().anyMatch(p -> p.start() == from && p.end() == to);
	}

	/**
	 * The organisation the event's name is of: right after the noun and its ordinal ("الجمعية العامة للإنتربول"), else the
	 * first one in the genitive after its adjectives ("المؤتمر الإقليمي الإفريقي الـ24 للشرطة الدولية").
	 */
	private void nameOrganizer(ArticleContext a, EventDraft event, PhraseMatcher.Match<EventLexicon.Noun> noun, int end) {
		if (event.kind == EventKind.VISIT || event.nameOrganizer != null) {
			return;
		}
		int complement = namer.ordinalEnd(a.tokens, noun.end());
		Located later = null;
		for (Located org : a.organizationRefs) {
			if (org.start() == complement && org.end() <= end && !lex.conjoined(a.tokens, org.start())) {
				event.nameOrganizer = new FactRef(org.ref(), a.evidence(noun.start(), 0.8, "organisation the event is of"));
				return;
			}
			boolean genitive = a.tokens.get(org.start()).folded().startsWith("ل");
			if (later == null && org.start() > complement && org.end() <= end && genitive && !lex.conjoined(a.tokens, org.start())) {
				later = org;
			}
		}
		if (later != null) {
			event.nameOrganizer = new FactRef(later.ref(), a.evidence(noun.start(), 0.7, "organisation the event is of, after its adjectives"));
		}
	}

	/** "أعمال برنامج …": a weak noun names an event after a word of holding. */
	private boolean held(ArticleContext a, int at) {
		return at > 0 && lex.functions.has(a.tokens.get(at - 1), FunctionWords.Role.HOLDING);
	}

	private static boolean quoteAfter(ArticleContext a, int at) {
		return at < a.tokens.size() && OPENING.contains(a.tokens.get(at).folded());
	}

	/**
	 * "وسبق انعقاد الدورة اجتماع تحضيري": an indefinite noun right after a definite one, with no "ل" of the genitive, is
	 * the subject of what comes before, not the second noun of a composite name ("الدورة الـ 49 لمؤتمر …").
	 */
	private static boolean subjectAfter(List<Token> tokens, PhraseMatcher.Match<EventLexicon.Noun> noun, PhraseMatcher.Match<EventLexicon.Noun> next) {
		Token last = tokens.get(noun.end() - 1);
		Token following = tokens.get(next.start());
		return last.forms().stream().anyMatch(f -> f.startsWith("ال")) && !following.definite() && !following.folded().startsWith("ل")
				&& next.start() == noun.end();
	}

	/** How many adjectives may stand between an event noun and the gathering it is of ("الاجتماع السنوي للجمعية العامة"). */
	private static final int ADJECTIVES_BEFORE_OF = 2;

	/**
	 * "الاجتماع السنوي للجمعية العامة لأفريبول", "الاجتماع الدوري للجنة …": a noun and its adjectives of relation, then the
	 * gathering it is held of in the genitive, name one event; a preparatory meeting ("الاجتماع التحضيري للقمة") is
	 * another event than the one it prepares.
	 */
	private static boolean describedOf(List<Token> tokens, PhraseMatcher.Match<EventLexicon.Noun> noun, PhraseMatcher.Match<EventLexicon.Noun> next) {
		int between = next.start() - noun.end();
		if (between < 1 || between > ADJECTIVES_BEFORE_OF || !tokens.get(next.start()).folded().startsWith("لل")) {
			return false;
		}
		for (int k = noun.end(); k < next.start(); k++) {
			Token t = tokens.get(k);
			String f = t.folded();
			boolean adjective = t.word() && f.startsWith("ال") && (f.endsWith("ي") || f.endsWith("يه"));
			if (!adjective || f.contains("تحضيري") || f.contains("تمهيدي")) {
				return false;
			}
		}
		return true;
	}

	/** "ودوره" (his role) folds like "دورة" (a session): a noun written with "ة" is not matched by a word ending in "ه". */
	private static boolean pronounNotNoun(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun) {
		String form = Tokenizer.words(noun.surface()).isEmpty() ? "" : noun.surface().split("\\s+")[0];
		return Possessive.writtenForTaMarbuta(a.tokens.get(noun.start()), form);
	}

	private static boolean insideOrganization(ArticleContext a, int token) {
		return a.organizations.stream()
			.anyMatch(o -> o.kind() != OrgHit.Kind.ANAPHORA && token > o.start() && token < o.end());
	}

	/**
	 * The end of an event's name: the ordinal, the organisations and definite words of its complement, a title in
	 * quotes ("ورشة \"التنسيق والتعاون الدولي …\"", "حول موضوع “…”"); for a visit, "إلى" and where to.
	 */
	private int nameEnd(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> noun, EventKind kind) {
		List<Token> tokens = a.tokens;
		int ordinalEnd = ordinalAfterAdjective(tokens, noun.end());
		boolean nounDefinite = tokens.get(noun.start()).forms().stream().anyMatch(f -> f.startsWith("ال"));
		int j = ordinalEnd;
		// a composite name goes on from its last noun: "الدورة الـ 49 لمؤتمر قادة الشرطة …"
		boolean lastDefinite = tokens.get(noun.end() - 1).forms().stream().anyMatch(f -> f.startsWith("ال")) || ordinalEnd > noun.end();
		boolean afterConstruct = false;
		while (j < tokens.size() && j - noun.start() < MAX_NAME) {
			Token t = tokens.get(j);
			int quoteEnd = quotedTitle(tokens, j);
			if (quoteEnd > 0) {
				return quoteEnd;
			}
			if (kind == EventKind.VISIT && j == noun.end() && lex.functions.is(t, FunctionWords.Role.TOWARDS)) {
				j++;
				continue;
			}
			Located org = organizationAt(a, j);
			if (org != null && lastDefinite && !t.folded().startsWith("ل")) {
				break;
			}
			if (org != null) {
				int place = placeInside(a, org);
				if (place > 0) {
					j = place;
					break;
				}
				j = afterOrganization(tokens, org);
				lastDefinite = true;
				continue;
			}
			if (honorificOfAshab(tokens, j)) {
				j++;
				continue;
			}
			if (aboutSubject(tokens, j) && !(nounDefinite && j == noun.end() && noun.end() - noun.start() == 1)) {
				// "ورشة عمل حول مكافحة الاتجار بالبشر", "المؤتمر الدولي حول الهجرة": the subject after "حول" names the gathering
				// with it; not after a bare definite noun ("وتركز النقاش في الاجتماع حول …" repeats the meeting named before)
				j = lex.functions.has(tokens.get(j + 1), FunctionWords.Role.SUBJECT) ? j + 2 : j + 1;
				lastDefinite = false;
				afterConstruct = true;
				continue;
			}
			if (gluedHyphen(tokens, j) && lastDefinite) {
				j += 2;
				continue;
			}
			if (endsName(tokens, j)) {
				break;
			}
			boolean construct = t.folded().startsWith("ل") && !t.folded().startsWith("لل") && !t.definite()
					&& j + 1 < tokens.size() && tokens.get(j + 1).word() && !endsName(tokens, j + 1);
			boolean definite = (t.definite() || t.folded().startsWith("ل")) && !construct;
			boolean adjective = t.definite() && !t.folded().startsWith("لل") && lex.words.ownKind(t) != WordLexicon.Kind.GENERIC;
			// "حضر الاجتماع الوفد …" ends the name; an adjective of relation goes on with it ("الاجتماع السنوي لرؤساء …")
			if (nounDefinite && j == ordinalEnd && ordinalEnd == noun.end() && adjective && !relationAdjective(t)) {
				break;
			}
			// after a construct ("لرؤساء"), a word that starts with "و" is its genitive ("وحدات"), not "و" and a new phrase
			if (!definite && !construct && !concerning(tokens, j) && (lastDefinite || lex.conjoined(tokens, j) && !afterConstruct || t.folded().startsWith("ب"))) {
				break;
			}
			lastDefinite = definite;
			afterConstruct = construct;
			j++;
		}
		return j;
	}

	/**
	 * "السنوي", "التشاورية": a definite word ending in the suffix of relation, an adjective rather than a noun; not one
	 * that places the event in time ("الدورة الحالية", {@code date-relations.tsv}), after which the name does not go on.
	 */
	private boolean relationAdjective(Token t) {
		String f = t.folded();
		if (f.length() <= 4 || !f.endsWith("ي") && !f.endsWith("يه")) {
			return false;
		}
		String masculine = f.endsWith("يه") ? f.substring(0, f.length() - 1) : f;
		return lex.dates.relations.at(Tokenizer.tokenize(masculine), 0) == null;
	}

	/** "الأورو-أفريقي", "العربي-الأوروبي": a hyphen written between two words joins them into one. */
	private static boolean gluedHyphen(List<Token> tokens, int j) {
		return j > 0 && j + 1 < tokens.size() && tokens.get(j).is("-") && tokens.get(j - 1).word() && tokens.get(j + 1).word()
				&& tokens.get(j - 1).end() == tokens.get(j).start() && tokens.get(j).end() == tokens.get(j + 1).start();
	}

	/**
	 * "فريق العمل المعني بالجرائم المالية", "مؤتمر مكافحة الاتجار بالبشر": after a word that takes its object with "ب"
	 * ({@code organization-links.tsv}), the phrase in "ب" goes on with the name.
	 */
	private boolean concerning(List<Token> tokens, int j) {
		return j > 0 && tokens.get(j).folded().startsWith("بال") && lex.organizations.takesObject(tokens.get(j - 1));
	}

	/**
	 * "لأصحاب السمو والمعالي وزراء الداخلية": the honorifics after "أصحاب", and the plural title after them, are the
	 * Gulf's formula for the holders of an office, part of the event's name, not a rank or an office that ends it.
	 */
	private boolean honorificOfAshab(List<Token> tokens, int j) {
		boolean rank = lex.offices.ranks.at(tokens, j) != null;
		boolean holders = lex.offices.plurals.at(tokens, j) != null && j > 0 && lex.offices.ranks.at(tokens, j - 1) != null;
		if (j == 0 || !tokens.get(j).word() || !rank && !holders) {
			return false;
		}
		int k = j - 1;
		while (k > 0 && lex.offices.ranks.at(tokens, k) != null) {
			k--;
		}
		return tokens.get(k).folded().endsWith("اصحاب");
	}

	/**
	 * The end of the ordinal after the noun, also after its adjectives ("الاجتماع السنوي الوزاري العام السابع والعشرين");
	 * the noun's end when none.
	 */
	private int ordinalAfterAdjective(List<Token> tokens, int from) {
		int end = namer.ordinalEnd(tokens, from);
		for (int k = from; end == from && k < Math.min(tokens.size(), from + MAX_ADJECTIVES); k++) {
			Token t = tokens.get(k);
			if (!t.word() || !t.definite() || t.folded().startsWith("لل")) {
				break;
			}
			int after = namer.ordinalEnd(tokens, k + 1);
			if (after > k + 1) {
				return after;
			}
		}
		return end;
	}

	/** "حول" (or "حول موضوع") before a word that may go on a name: the subject of the gathering follows. */
	private boolean aboutSubject(List<Token> tokens, int j) {
		if (!lex.functions.is(tokens.get(j), FunctionWords.Role.ABOUT) || j + 1 >= tokens.size()) {
			return false;
		}
		int k = lex.functions.has(tokens.get(j + 1), FunctionWords.Role.SUBJECT) ? j + 2 : j + 1;
		return k < tokens.size() && tokens.get(k).word() && !endsName(tokens, k);
	}

	/** The end of a title in quotes at j ("ورشة \"التنسيق …\""), also after "حول" or "حول موضوع"; -1 when none. */
	private int quotedTitle(List<Token> tokens, int j) {
		Token t = tokens.get(j);
		if (OPENING.contains(t.folded()) && !t.lineStart()) {
			int close = quoted(tokens, j);
			if (close > 0) {
				return close;
			}
		}
		if (lex.functions.is(t, FunctionWords.Role.ABOUT) && j + 1 < tokens.size()) {
			int k = lex.functions.has(tokens.get(j + 1), FunctionWords.Role.SUBJECT) ? j + 2 : j + 1;
			int close = k < tokens.size() && OPENING.contains(tokens.get(k).folded()) ? quoted(tokens, k) : -1;
			if (close > 0) {
				return close;
			}
		}
		return -1;
	}

	/** The token after an organisation in an event's name, and after an ordinal that follows it ("للإنتربول الـ 87"). */
	private int afterOrganization(List<Token> tokens, Located org) {
		int j = org.end();
		if (namer.ordinalEnd(tokens, j) > j && (tokens.get(j).is("ال") || tokens.get(j).number())) {
			return namer.ordinalEnd(tokens, j);
		}
		return j;
	}

	/**
	 * Words no event's name goes on with: punctuation, numbers, a new line, function words and verbs, words of
	 * participation, another event noun, a month, a rank, a marker of tense, an office.
	 */
	private boolean endsName(List<Token> tokens, int j) {
		Token t = tokens.get(j);
		WordLexicon.Kind word = lex.words.kind(t);
		return !t.word() || t.number() || t.lineStart() || word != null && word != WordLexicon.Kind.GENERIC
				|| lex.events.participation.at(tokens, j) != null || lex.events.nouns.at(tokens, j) != null
				|| lex.dates.months.at(tokens, j) != null || lex.offices.ranks.at(tokens, j) != null || lex.events.tenses.at(tokens, j) != null
				|| office(tokens, j);
	}

	/**
	 * An office ends an event's name, unless in the genitive: after "ل" ("للمديرين العامين"), or a plural in construct
	 * with the event noun or the "ل" noun before it ("لمؤتمر قادة الشرطة", "اجتماع وزراء الداخلية", "لمجلس وزراء داخلية …").
	 */
	private boolean office(List<Token> tokens, int j) {
		if (tokens.get(j).folded().startsWith("ل")) {
			return false;
		}
		if (j > 0 && !tokens.get(j - 1).definite() && lex.offices.plurals.at(tokens, j) != null) {
			PhraseMatcher.Match<EventLexicon.Noun> before = lex.events.nouns.at(tokens, j - 1);
			if (before != null && before.end() == j || tokens.get(j - 1).folded().startsWith("ل")) {
				return false;
			}
		}
		return lex.offices.titles.at(tokens, j) != null || lex.offices.implying.at(tokens, j) != null || lex.offices.plurals.at(tokens, j) != null;
	}

	private static int quoted(List<Token> tokens, int open) {
		for (int k = open + 1; k < Math.min(tokens.size(), open + MAX_QUOTED); k++) {
			if (tokens.get(k).lineStart()) {
				return -1;
			}
			if (CLOSING.contains(tokens.get(k).folded()) && k > open + 1) {
				return k + 1;
			}
		}
		return -1;
	}

	/**
	 * "لقادة الشرطة في الرياض": an organisation read with a place after it ("الشرطة في الرياض") ends the event's name
	 * before the place, which is where the event was held; the token of "في", or -1.
	 */
	private int placeInside(ArticleContext a, Located org) {
		for (int k = org.start() + 1; k + 1 < org.end(); k++) {
			int at = k + 1;
			if (lex.functions.is(a.tokens.get(k), FunctionWords.Role.LOCATIVE) && a.places.stream().anyMatch(p -> p.start() == at)) {
				return k;
			}
		}
		return -1;
	}

	private static Located organizationAt(ArticleContext a, int token) {
		for (Located o : a.organizationRefs) {
			if (o.start() == token) {
				return o;
			}
		}
		return null;
	}

	/**
	 * Mentioned in passing: an earlier edition ("السابق", "اللذين عقدا") or one planned or prepared ("سيعقد",
	 * "المقبل", "للإعداد والتحضير لـ"), when it is not the article's first event.
	 */
	private boolean passing(ArticleContext a, EventDraft event) {
		return event.tense != null && firstReported(a) != event;
	}

	/** The article's first named event when no meeting told by a verb comes before it. */
	private static EventDraft firstReported(ArticleContext a) {
		EventDraft first = a.events.stream().filter(e -> e.origin == EventDraft.Origin.NOUN).findFirst().orElse(null);
		return first != null && a.events.stream().noneMatch(e -> e.origin != EventDraft.Origin.NOUN && e.anchor < first.anchor) ? first : null;
	}

	/**
	 * "شارك في الاجتماع الإقليمي … الذي عقد في عمّان": the article's first event, kept by {@link #passing}, is the one
	 * it reports when only a relative clause marked it past; later bare mentions ("وافتتح الاجتماع …") repeat it.
	 */
	private void reportedDespiteClause(ArticleContext a) {
		EventDraft first = firstReported(a);
		if (first == null || !"past".equals(first.tense) || first.mentions.isEmpty()) {
			return;
		}
		EventLexicon.Tense marker = markerAfter(a.tokens, first.mentions.get(0).end());
		if (marker != null && marker.clause()) {
			first.tense = null;
		}
	}

	/**
	 * "بالدورة السابقة", "في الاجتماع المقبل": the tense of one adjective right after a bare noun that names another
	 * edition than the one reported; not a relative clause ("الاجتماع الذي عقد …"), which repeats the reported event
	 * as often as not.
	 */
	private String otherEdition(ArticleContext a, int after) {
		PhraseMatcher.Match<EventLexicon.Tense> t = after < a.tokens.size() ? lex.events.tenses.at(a.tokens, after) : null;
		if (t == null || t.value().before() || t.end() != after + 1) {
			return null;
		}
		Token word = a.tokens.get(after);
		return word.definite() || word.folded().startsWith("سابق") ? t.value().tense() : null;
	}

	/** The marker of tense in the few words right after an event's name, before any punctuation, or null. */
	private EventLexicon.Tense markerAfter(List<Token> tokens, int end) {
		for (int k = end; k < Math.min(tokens.size(), end + 3); k++) {
			PhraseMatcher.Match<EventLexicon.Tense> t = lex.events.tenses.at(tokens, k);
			if (t != null && !t.value().before()) {
				return t.value();
			}
			if (!tokens.get(k).word()) {
				return null;
			}
		}
		return null;
	}

	/** The tense a mention is marked with (past, planned), or null for a reported event. */
	private String tense(ArticleContext a, EventDraft.Mention m) {
		List<Token> tokens = a.tokens;
		EventLexicon.Tense after = markerAfter(tokens, m.end());
		if (after != null) {
			return after.tense();
		}
		for (int k = Math.max(0, m.start() - 3); k < m.start(); k++) {
			PhraseMatcher.Match<EventLexicon.Tense> t = lex.events.tenses.at(tokens, k);
			if (t != null && t.value().before() && t.end() >= m.start() - 1) {
				return t.value().tense();
			}
		}
		PhraseMatcher.Match<EventLexicon.Tense> own = lex.events.tenses.at(tokens, m.start());
		return own != null && own.value().before() ? own.value().tense() : null;
	}
}
