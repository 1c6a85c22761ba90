package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.List;

import org.majlis.event.EventKind;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.DateHit;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.Participants;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Events named by a verb rather than a noun. A reception or meeting ("استقبل X … Y", "التقى X بـ Y", "بحث X مع Y")
 * is a meeting of the people it names, or the visit the article reports when the guest is visiting; a second verb
 * about the same meetings ("وبحث … خلال اللقاءات") adds to the first; "كما التقى" starts another. A signing
 * ("وقّع … مذكرة تفاهم") is an event of its own only when no meeting around it reports it. A meeting on the margins
 * of another event ("على هامش الاجتماع") is a side event of it.
 */
final class VerbEvents {

	private static final int SUBJECT_WINDOW = 4;
	private static final int SIGNING_WINDOW = 6;
	/** How far after the word of signing the document may come in its sentence, past the signatories, when and where. */
	private static final int SIGNING_REACH = 32;
	/** How far after the words of welcome the arrival they speak of may be ("في استقباله لدى وصوله"). */
	private static final int ARRIVAL_REACH = 3;
	/** The longest clause, in tokens, that names a meeting. */
	private static final int CLAUSE_WORDS = 24;

	private final Lexicons lex;

	VerbEvents(Lexicons lex) {
		this.lex = lex;
	}

	void find(ArticleContext a) {
		List<PhraseMatcher.Match<EventLexicon.Trigger>> triggers = lex.events.participation.findAll(a.tokens);
		EventDraft told = toldVisit(a, triggers);
		for (PhraseMatcher.Match<EventLexicon.Trigger> trigger : triggers) {
			String pattern = trigger.value().pattern();
			if (trigger.start() >= a.bodyStart && (pattern.equals("host") || pattern.equals("meet"))) {
				meeting(a, trigger, told);
			}
			if (trigger.start() >= a.bodyStart && pattern.equals("welcome")) {
				welcome(a, trigger, told);
			}
			if (trigger.start() >= a.bodyStart && pattern.equals("visit")) {
				nextDayVisit(a, trigger);
			}
		}
		signings(a);
	}

	private void meeting(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger, EventDraft told) {
		int sentence = a.sentenceIndex(trigger.start());
		Actor before = Participants.subjectBeforeQad(a, trigger.start());
		Actor subject = before != null ? before : Participants.subjectAfter(a, lex, trigger.end(), SUBJECT_WINDOW);
		if (subject == null || heldNoun(a, trigger.end()) || byTelephone(a, trigger.end(), sentence)) {
			return;
		}
		EventDraft heldBySubject = heldAfter(a, subject);
		if (heldBySubject != null) {
			a.verbEvents.put(trigger.start(), heldBySubject);
			return;
		}
		List<Actor> partners = before != null ? Participants.objectsAfterVerb(a, lex, trigger.start(), trigger.end(), trigger.value().pattern().equals("host"))
				: Participants.objects(a, lex, subject, trigger.value().pattern().equals("host"));
		String withOrganization = partners.isEmpty() ? partnerOrganization(a, subject.end(), sentence) : null;
		boolean alone = partners.isEmpty() && withOrganization == null && !counterparts(a, subject.end(), sentence);
		Actor elided = alone || before == null && coordinated(a, subject, partners) ? Participants.elidedSubject(a, lex, trigger.start(), subject) : null;
		if (elided == null && alone) {
			return;
		}
		if (elided != null) {
			partners = new ArrayList<>(List.of(subject));
			partners.addAll(Participants.listAfter(a, lex, subject));
			subject = elided;
			a.elidedSubjects.put(trigger.start(), elided);
		}
		EventDraft held = heldAfter(a, partners.isEmpty() ? subject : partners.getLast());
		if (held != null) {
			a.verbEvents.put(trigger.start(), held);
			return;
		}
		EventDraft same = sameMeetings(a, subject, partners, trigger.end(), sentence);
		if (same != null) {
			a.verbEvents.put(trigger.start(), same);
			return;
		}
		boolean reception = trigger.value().pattern().equals("host");
		EventDraft visitEvent = visitAround(a, sentence, reception);
		if (visitEvent == null && told != null && a.sentenceIndex(told.anchor) == sentence) {
			visitEvent = told;
		}
		if (visitEvent != null) {
			a.verbEvents.put(trigger.start(), visitEvent);
			return;
		}
		String name = (reception ? "استقبال " : "لقاء ") + nameOf(a, subject)
				+ (partners.isEmpty() ? withOrganization != null ? " و" + withOrganization : "" : (reception ? " " : " و") + nameOf(a, partners.getFirst()));
		boolean visit = visiting(a, sentence) || a.eventHits.stream().anyMatch(hit -> hit.bare() && hit.kind() == EventKind.VISIT
				&& hit.start() > trigger.start());
		EventDraft event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.MEETING_VERB, visit ? EventKind.VISIT
				: EventKind.MEETING, "لقاء", name, trigger.start(), a.evidence(trigger.start(), 0.9, reception ? "verb of receiving" : "verb of meeting"));
		event.sideOf = Participants.sideEvent(a, lex, sentence);
		event.hostRef = subject.personRef();
		event.reception = reception;
		String clause = subject.pronoun() ? null : clauseName(a, trigger, partners);
		if (clause == null) {
			clause = heldTalksName(a, subject, partners);
		}
		if (clause != null && !clause.equals(name)) {
			event.aliases.add(clause);
		}
		a.events.add(event);
		a.verbEvents.put(trigger.start(), event);
	}

	/**
	 * The first person after the verb is listed with the next by "و" («كما التقى وزير الأمن الداخلي في غامبيا …،
	 * ووزير الداخلية التشادي …»), so the two are those met, or two who met, and never subject and object: when the
	 * article's meetings leave out a subject that is neither of them, it is theirs.
	 */
	private static boolean coordinated(ArticleContext a, Actor subject, List<Actor> partners) {
		if (partners.isEmpty() || partners.getFirst().start() <= subject.end()) {
			return false;
		}
		for (int k = subject.end(); k < partners.getFirst().start(); k++) {
			if (a.tokens.get(k).is("و")) {
				return true;
			}
		}
		Token first = a.tokens.get(partners.getFirst().start());
		return first.folded().startsWith("و") && first.forms().contains(first.folded().substring(1));
	}

	/**
	 * "وكان في استقباله …": the people who welcomed a guest take part in the visit the sentence reports; with no visit
	 * around it, a welcome on arrival ("كان في استقبال معاليه عند وصوله إلى المطار …") is an event of its own, the guest's
	 * arrival, apart from the meetings the guest came for.
	 */
	private void welcome(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger, EventDraft told) {
		int sentence = a.sentenceIndex(trigger.start());
		EventDraft visit = visitAround(a, sentence, true);
		if (visit == null && told != null && arrival(a, trigger.end())) {
			visit = told;
		}
		if (visit != null) {
			a.verbEvents.put(trigger.start(), visit);
			return;
		}
		Actor guest = Participants.welcomed(a, lex, trigger);
		if (guest == null || !arrival(a, trigger.end())) {
			return;
		}
		EventDraft event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.MEETING_VERB, EventKind.VISIT, "زيارة",
				"استقبال " + nameOf(a, guest) + " لدى وصوله", trigger.start(), a.evidence(trigger.start(), 0.9, "welcome on arrival"));
		event.reception = true;
		a.events.add(event);
		a.verbEvents.put(trigger.start(), event);
	}

	/**
	 * "زار وزير الداخلية العاصمة العراقية بغداد، حيث التقى …": an article in which no noun names a gathering, and whose
	 * lead opens with a verb of visiting, the visitor after it, reports that visit; the meetings in its sentence and the
	 * welcome on arrival are part of it. Null when the article names an event or its lead tells no such visit.
	 */
	private EventDraft toldVisit(ArticleContext a, List<PhraseMatcher.Match<EventLexicon.Trigger>> triggers) {
		if (!a.events.isEmpty()) {
			return null;
		}
		int lead = a.sentenceIndex(a.bodyStart);
		for (PhraseMatcher.Match<EventLexicon.Trigger> trigger : triggers) {
			if (trigger.start() < a.bodyStart) {
				continue;
			}
			if (!trigger.value().pattern().equals("visit") || a.sentenceIndex(trigger.start()) != lead
					|| !Participants.clauseOpening(a, trigger.start())) {
				return null;
			}
			Actor visitor = Participants.subjectAfter(a, lex, trigger.end(), SUBJECT_WINDOW);
			visitor = visitor != null ? visitor : delegationHead(a, trigger.end());
			if (visitor == null) {
				return null;
			}
			EventDraft event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.MEETING_VERB, EventKind.VISIT, "زيارة",
					"زيارة " + nameOf(a, visitor), trigger.start(), a.evidence(trigger.start(), 0.9, "visit told by its verb"));
			a.events.add(event);
			a.verbEvents.put(trigger.start(), event);
			return event;
		}
		return null;
	}

	/** The words between a delegation and "برئاسة" that follows it: its adjectives and country ("وفد أمني أردني رفيع المستوى"). */
	private static final int DELEGATION_WORDS = 5;

	/**
	 * "زار وفد أمني أردني برئاسة اللواء …": a delegation right after the verb, the person it is headed by; null when the
	 * words after the verb are no delegation so headed.
	 */
	private Actor delegationHead(ArticleContext a, int from) {
		if (from >= a.tokens.size() || lex.places.delegations.at(a.tokens, from) == null) {
			return null;
		}
		for (int k = from + 1; k < Math.min(a.tokens.size() - 1, from + DELEGATION_WORDS + 1); k++) {
			PhraseMatcher.Match<EventLexicon.Trigger> chair = lex.events.participation.at(a.tokens, k);
			if (chair != null && chair.value().role().equals("chair")) {
				return Participants.actorAt(a, chair.end());
			}
			if (!a.tokens.get(k).word() || lex.words.is(a.tokens.get(k), WordLexicon.Kind.VERB)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "وفي اليوم الموالي، زار المسؤول البريطاني مقر …", "وفي اليوم التالي، زار الوفد الإسباني …": a visit a later day of
	 * the one reported before, told by a verb of visiting that opens its clause, is a gathering of its own (not when the
	 * sentence already names an event).
	 */
	private void nextDayVisit(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger) {
		int sentence = a.sentenceIndex(trigger.start());
		if (a.events.isEmpty() || lex.dates.followingDays(a.tokens, a.firstToken(sentence), trigger.start()) == null || !Participants.clauseOpening(a, trigger.start())
				|| a.eventHits.stream().anyMatch(hit -> a.sentenceIndex(hit.start()) == sentence && !hit.part())) {
			return;
		}
		Actor visitor = Participants.subjectAfter(a, lex, trigger.end(), SUBJECT_WINDOW);
		String delegation = visitor == null ? Participants.delegationSubject(a, lex, trigger.end()) : null;
		if (visitor == null && delegation == null) {
			return;
		}
		EventDraft event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.MEETING_VERB, EventKind.VISIT, "زيارة",
				"زيارة " + (visitor != null ? nameOf(a, visitor) : delegation), trigger.start(), a.evidence(trigger.start(), 0.9, "visit on a later day"));
		a.events.add(event);
		a.verbEvents.put(trigger.start(), event);
	}

	/** "لدى وصوله", "عند وصولها": the welcome is on the guest's arrival. */
	private static boolean arrival(ArticleContext a, int from) {
		for (int k = from; k < Math.min(a.tokens.size(), from + ARRIVAL_REACH); k++) {
			if (a.tokens.get(k).folded().startsWith("وصول")) {
				return true;
			}
		}
		return false;
	}

	/** How far after a verb of meeting the words of a telephone call may stand in its clause. */
	private static final int CALL_REACH = 16;

	/**
	 * "أجرى الوزير اتصالا هاتفيا مع …", "بحث … في اتصال هاتفي مع …": a telephone call between two officials
	 * ({@code function-words.tsv} role telephone) gathers no one; a meeting over video ("اتصال مرئي") still does.
	 */
	private boolean byTelephone(ArticleContext a, int from, int sentence) {
		for (int k = from; k < Math.min(a.endToken(sentence), from + CALL_REACH); k++) {
			if (lex.functions.has(a.tokens.get(k), FunctionWords.Role.TELEPHONE)) {
				return true;
			}
		}
		return false;
	}

	/** "عقد الجانبان مباحثات": the verb holds an event noun, which names the event itself. */
	private boolean heldNoun(ArticleContext a, int from) {
		for (EventHit hit : a.eventHits) {
			if (hit.start() >= from && hit.start() <= from + 1 && !hit.part() && !hit.bare()) {
				return true;
			}
		}
		return false;
	}

	/** The longest aside between commas, in words, that says when ("، اليوم الاثنين،", "، صباح أمس،"). */
	private static final int ASIDE_WORDS = 3;

	/**
	 * The token after the comma at k, or after the comma that closes a short aside opened there that names no one and
	 * no event ("، اليوم الاثنين،").
	 */
	private static int afterShortAside(ArticleContext a, int k) {
		for (int j = k + 1; j < Math.min(a.tokens.size(), k + 2 + ASIDE_WORDS); j++) {
			Token t = a.tokens.get(j);
			if (t.comma()) {
				return j + 1;
			}
			int at = j;
			if (!t.word() || a.actors.stream().anyMatch(x -> x.start() == at) || a.eventHits.stream().anyMatch(h -> h.start() == at)) {
				break;
			}
		}
		return k + 1;
	}

	/**
	 * "عقد الوزراء …، و…، اجتماعا ثلاثيا", "عقد الوزير، اليوم الاثنين، اجتماعا موسعا", "عقد الوزير في باريس لقاءين": the
	 * event noun right after the people the verb names, and after the day or the place it gives them, is what they held,
	 * the event itself; so is the one they speak "خلال" or "أثناء" ("بحث الوزير خلال اجتماعه اليوم مع …", "بحث … مع …
	 * خلال لقائهما"); null when none follows them.
	 */
	private EventDraft heldAfter(ArticleContext a, Actor last) {
		int k = last.end();
		boolean moved = true;
		while (moved && k < a.tokens.size()) {
			moved = false;
			if (a.tokens.get(k).comma()) {
				k = afterShortAside(a, k);
				moved = true;
			}
			int place = placeAfter(a, k);
			if (place > k) {
				k = place;
				moved = true;
			}
			for (DateHit date : a.dates) {
				if (date.startToken() == k && date.endToken() > k) {
					k = date.endToken();
					moved = true;
					break;
				}
			}
		}
		if (k < a.tokens.size() && (a.tokens.get(k).is("خلال") || a.tokens.get(k).is("اثناء"))) {
			k++;
		}
		for (EventHit hit : a.eventHits) {
			if (hit.start() == k && !hit.part() && !hit.bare() && hit.event() != null && a.sentenceIndex(k) == a.sentenceIndex(last.start())) {
				return hit.event();
			}
		}
		return null;
	}

	/** "في باريس", "بباريس": the token after a place the holder of a meeting names before it, else k. */
	private int placeAfter(ArticleContext a, int k) {
		int at = k < a.tokens.size() && lex.functions.is(a.tokens.get(k), FunctionWords.Role.LOCATIVE) ? k + 1 : k;
		for (PlaceHit place : a.places) {
			if (place.start() == at && place.venue() == null && (at > k || a.tokens.get(at).folded().startsWith("ب"))) {
				return place.end();
			}
		}
		return k;
	}

	/** "بحث … مع بعثة الشرطة الأوروبية": a meeting with an organisation. */
	private String partnerOrganization(ArticleContext a, int from, int sentence) {
		for (int k = from; k < a.endToken(sentence) - 1; k++) {
			if (lex.functions.is(a.tokens.get(k), FunctionWords.Role.WITH)) {
				for (Located org : a.organizationRefs) {
					if (org.start() == k + 1) {
						return a.textOf(org.start(), org.end());
					}
				}
			}
		}
		return null;
	}

	/** "مع عدد من نظرائه": a meeting with counterparts the sentence does not name. */
	private boolean counterparts(ArticleContext a, int from, int sentence) {
		for (int k = from; k < a.endToken(sentence); k++) {
			if (lex.words.is(a.tokens.get(k), WordLexicon.Kind.COUNTERPART)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "وبحث وزير الداخلية خلال اللقاءات مع …": the same person's meetings, repeated by a bare noun in the sentence,
	 * are the meeting already reported; so is a verb with no one new after its subject ("وبحث الجانبان"). A verb that
	 * names whom it met and a noun of one meeting ("كما التقى سموه فلانا، وتناول اللقاء …") report another meeting.
	 */
	private static EventDraft sameMeetings(ArticleContext a, Actor subject, List<Actor> partners, int from, int sentence) {
		boolean repeated = a.eventHits.stream()
			.anyMatch(hit -> hit.bare() && "لقاء".equals(hit.family()) && a.sentenceIndex(hit.start()) == sentence && hit.start() >= from
					&& (partners.isEmpty() || a.tokens.get(hit.start()).folded().endsWith("ات")));
		if (!repeated || subject.personRef() == null) {
			return null;
		}
		for (int k = a.events.size() - 1; k >= 0; k--) {
			EventDraft e = a.events.get(k);
			if (e.origin == EventDraft.Origin.MEETING_VERB && subject.personRef().equals(e.hostRef)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The visit a reception is: the one its sentence or the next speaks of ("خلال زيارته الرسمية", "وتأتي زيارة …"), or
	 * null. A meeting ("التقى", "بحث مع") is the visit only when its own sentence names it; else it is a meeting held
	 * during the visit ("كما التقى حموشي مع …"). A visit the next sentence puts on a later day ("وفي اليوم الموالي، قام
	 * الضيف بزيارة …") is another gathering.
	 */
	private EventDraft visitAround(ArticleContext a, int sentence, boolean reception) {
		for (EventHit hit : a.eventHits) {
			int s = a.sentenceIndex(hit.start());
			boolean next = reception && s == sentence + 1 && lex.dates.followingDays(a.tokens, a.firstToken(s), hit.start()) == null;
			if ((s == sentence || next) && !hit.part() && !hit.bare() && hit.event() != null && hit.event().kind == EventKind.VISIT) {
				return hit.event();
			}
		}
		return null;
	}

	/** "… والذي يزور مملكة البحرين": the guest is visiting, so the reception is a visit. */
	private boolean visiting(ArticleContext a, int sentence) {
		for (int k = a.firstToken(sentence); k < a.endToken(sentence); k++) {
			PhraseMatcher.Match<EventLexicon.Trigger> t = lex.events.participation.at(a.tokens, k);
			if (t != null && (t.value().pattern().equals("visit") || t.value().pattern().equals("visit-by")) && k > 0
					&& lex.functions.has(a.tokens.get(k - 1), FunctionWords.Role.RELATIVE)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The clause the verb reports the meeting in, as a noun phrase ("التقى حموشي مع رئيس جهاز الاستخبارات الوطنية، علي
	 * عبيد الظاهري" names "لقاء حموشي مع رئيس جهاز الاستخبارات الوطنية، علي عبيد الظاهري"), up to the first partner; null
	 * when the verb has no verbal noun in {@code headline-verbs.tsv} or the clause is long.
	 */
	private String clauseName(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger, List<Actor> partners) {
		String verb = a.tokens.get(trigger.start()).folded();
		String noun = lex.events.verbNouns.get(verb.startsWith("و") && !lex.events.verbNouns.containsKey(verb) ? verb.substring(1) : verb);
		if (noun == null || partners.isEmpty() || trigger.end() != trigger.start() + 1) {
			return null;
		}
		int end = partners.getFirst().end();
		if (end - trigger.end() > CLAUSE_WORDS || end <= trigger.end()) {
			return null;
		}
		return noun + " " + a.textOf(trigger.end(), end).replaceAll("\\s+", " ");
	}

	/**
	 * A verb of holding whose subject is followed by talks ("أجرى حموشي مباحثات موسعة مع القائد العام لشرطة أبوظبي،
	 * اللواء فارس خلف المزروعي"): the talks named by their noun, the subject and the clause from "مع" up to the first
	 * partner ("مباحثات حموشي مع القائد العام لشرطة أبوظبي، اللواء فارس خلف المزروعي"); null otherwise.
	 */
	private String heldTalksName(ArticleContext a, Actor subject, List<Actor> partners) {
		if (partners.isEmpty()) {
			return null;
		}
		Actor partner = partners.getFirst();
		for (EventHit hit : a.eventHits) {
			if (!hit.part() || hit.start() < subject.end() || hit.start() > subject.end() + 1) {
				continue;
			}
			for (int k = hit.end(); k < partner.start() && k - hit.end() <= 2; k++) {
				if (lex.functions.is(a.tokens.get(k), FunctionWords.Role.WITH) && partner.end() - k <= CLAUSE_WORDS) {
					return a.textOf(hit.start(), hit.end()) + " " + a.textOf(subject.start(), subject.end()) + " "
							+ a.textOf(k, partner.end()).replaceAll("\\s+", " ");
				}
			}
		}
		return null;
	}

	private static String nameOf(ArticleContext a, Actor actor) {
		if (actor.personRef() != null) {
			return a.peopleRegistry.name(actor.personRef());
		}
		return actor.role().title();
	}

	/** A signing with no meeting or visit reported in its sentence or the ones around it. */
	private void signings(ArticleContext a) {
		List<Token> tokens = a.tokens;
		List<PhraseMatcher.Match<EventLexicon.Noun>> nouns = lex.events.nouns.findAll(tokens);
		for (int n = 0; n < nouns.size(); n++) {
			PhraseMatcher.Match<EventLexicon.Noun> sign = nouns.get(n);
			if (!sign.value().kind().equals("SIGN") || sign.start() < a.bodyStart || planned(a, sign.start())) {
				continue;
			}
			PhraseMatcher.Match<EventLexicon.Noun> document = null;
			int reach = Math.max(afterSignatories(a, sign.end()) + SIGNING_WINDOW, sign.end() + SIGNING_REACH);
			int sentenceOfSign = a.sentenceIndex(sign.start());
			for (int m = n + 1; m < nouns.size() && nouns.get(m).start() <= reach; m++) {
				if (nouns.get(m).value().kind().equals("DOCUMENT") && a.sentenceIndex(nouns.get(m).start()) == sentenceOfSign) {
					document = nouns.get(m);
					break;
				}
			}
			int sentence = a.sentenceIndex(sign.start());
			if (document == null || reportedAround(a, sentence) || signingEvent(a) != null) {
				continue;
			}
			int end = documentEnd(a, document);
			String name = "توقيع " + a.surface(document.start(), end, document.firstForm());
			EventDraft event = new EventDraft("e" + (a.events.size() + 1), EventDraft.Origin.SIGNING, EventKind.OTHER, "توقيع", name, sign.start(),
					a.evidence(sign.start(), 0.9, "signing of a document"));
			event.mentions.add(new EventDraft.Mention(sign.start(), end));
			a.events.add(event);
			a.verbEvents.put(sign.start(), event);
		}
	}

	/** "وقع العميد … ونظيره الإيطالي العميد …": the token after the signatories named right after the verb. */
	private int afterSignatories(ArticleContext a, int from) {
		int k = from;
		boolean moved = true;
		while (moved && k < a.tokens.size()) {
			moved = false;
			for (Actor actor : a.actors) {
				if (actor.start() == k || actor.start() == k + 1 && joins(a.tokens.get(k))) {
					k = actor.end();
					moved = true;
				}
			}
			Token t = k < a.tokens.size() ? a.tokens.get(k) : null;
			if (t != null && (joins(t) && !moved || lex.words.is(t, WordLexicon.Kind.COUNTERPART) || t.definite() && lex.places.nisba(t) != null)) {
				k++;
				moved = true;
			}
		}
		return k;
	}

	private static boolean joins(Token t) {
		return t.is("و") || t.is("،");
	}

	private static EventDraft signingEvent(ArticleContext a) {
		return a.events.stream().filter(e -> e.origin == EventDraft.Origin.SIGNING).findFirst().orElse(null);
	}

	private boolean planned(ArticleContext a, int at) {
		PhraseMatcher.Match<EventLexicon.Tense> t = lex.events.tenses.at(a.tokens, at);
		return t != null && t.value().tense().equals("planned");
	}

	/**
	 * Another event reported in the sentence or the ones next to it, which the signing is part of; not a visit, whose
	 * signings are gatherings of their own ("استهلت الزيارة بتوقيع مذكرة تفاهم").
	 */
	private static boolean reportedAround(ArticleContext a, int sentence) {
		for (EventHit hit : a.eventHits) {
			int s = a.sentenceIndex(hit.start());
			if (Math.abs(s - sentence) <= 1 && !hit.part() && hit.kind() != EventKind.VISIT) {
				return true;
			}
		}
		return a.events.stream().anyMatch(e -> e.origin == EventDraft.Origin.MEETING_VERB && e.kind != EventKind.VISIT
				&& Math.abs(a.sentenceIndex(e.anchor) - sentence) <= 1);
	}

	/** The document's name: its organisations and definite words ("اتفاقية … لإنشاء مكتب إقليمي"). */
	private int documentEnd(ArticleContext a, PhraseMatcher.Match<EventLexicon.Noun> document) {
		int j = document.end();
		int limit = Math.min(a.tokens.size(), document.end() + 8);
		while (j < limit) {
			Token t = a.tokens.get(j);
			if (!t.word() || t.number() || t.lineStart()) {
				break;
			}
			WordLexicon.Kind kind = lex.words.kind(t);
			if (kind == WordLexicon.Kind.VERB || lex.functions.is(t, FunctionWords.Role.LOCATIVE) || t.is("،")) {
				break;
			}
			j++;
		}
		return j;
	}
}
