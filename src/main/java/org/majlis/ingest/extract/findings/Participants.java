package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.List;

import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Who a verb or list word is about: the subject right after it, the people received or met after the subject, and
 * the people a list goes on with ("، و…"). A list ends at a new clause (a verb, "حيث"), and never takes a person
 * only spoken of ("تحيات معالي …", "بتوجيهات …").
 */
public final class Participants {

	private static final int LIST_GAP = 2;

	private Participants() {
	}

	/** The first actor starting within {@code window} tokens after {@code from}, with no verb between, or null. */
	public static Actor subjectAfter(ArticleContext a, Lexicons lex, int from, int window) {
		int sentence = from < a.tokens.size() ? a.sentenceIndex(from) : -1;
		for (int k = from; k < Math.min(a.tokens.size(), from + window + 1); k++) {
			Actor actor = actorAt(a, k);
			if (actor != null) {
				return referred(a, lex, actor) ? null : actor;
			}
			Token t = a.tokens.get(k);
			if (a.sentenceIndex(k) != sentence || k > from && (lex.words.is(t, WordLexicon.Kind.VERB) || lex.events.participation.at(a.tokens, k) != null)) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "زار الوفد الإسباني …": the delegation named as the subject right after a verb ({@code country-cues.tsv} kind
	 * DELEGATION, definite: the one the article spoke of), with its adjectives, or null.
	 */
	public static String delegationSubject(ArticleContext a, Lexicons lex, int from) {
		PhraseMatcher.Match<Boolean> delegation = from < a.tokens.size() ? lex.places.delegations.at(a.tokens, from) : null;
		if (delegation == null || delegation.start() != from || !a.tokens.get(from).definite()) {
			return null;
		}
		int end = delegation.end();
		while (end < a.tokens.size() && end < delegation.end() + 2 && a.tokens.get(end).definite() && lex.places.nisba(a.tokens.get(end)) != null) {
			end++;
		}
		return a.textOf(from, end);
	}

	/**
	 * The guest of "في استقباله", "في استقبال سموه": the person the pronoun stands for ({@link AddressPronoun}); for "ـه"
	 * alone, the person its sentence named first, who arrived, when it names one before; or null.
	 */
	public static Actor welcomed(ArticleContext a, Lexicons lex, PhraseMatcher.Match<EventLexicon.Trigger> trigger) {
		String honorific = AddressPronoun.honorific(lex, a.tokens.get(trigger.end() - 1));
		if (honorific == null) {
			// "وكان مراد قد وصل إلى تونس … على رأس وفد …، وكان في استقباله …": the one who arrived, first named in the sentence
			int sentence = a.sentenceIndex(trigger.start());
			Actor arrived = null;
			for (Actor x : a.actors) {
				if (x.personRef() != null && x.start() < trigger.start() && a.sentenceIndex(x.start()) == sentence
						&& (arrived == null || x.start() < arrived.start())) {
					arrived = x;
				}
			}
			if (arrived != null) {
				return arrived;
			}
		}
		return AddressPronoun.referent(a, a.actors, trigger.start(), honorific);
	}

	/** "وكان اللواء فلان قد ترأس …", "وكان الوزير قد شارك …": the subject named between "كان" and "قد", or null. */
	public static Actor subjectBeforeQad(ArticleContext a, int verb) {
		for (Actor x : a.actors) {
			if ((x.end() == verb || x.end() == verb - 1) && betweenKanaAndQad(a, x.start(), verb)) {
				return x;
			}
		}
		return null;
	}

	/** The words from {@code start} up to "قد" right before the verb follow "كان" ("وكان الوزير قد ترأس"). */
	public static boolean betweenKanaAndQad(ArticleContext a, int start, int verb) {
		if (start < 1 || verb < 2 || start >= verb - 1 || !a.tokens.get(verb - 1).is("قد")) {
			return false;
		}
		Token was = a.tokens.get(start - 1);
		return was.is("كان") || was.is("وكان") || was.is("فكان");
	}

	/** The people a verb whose subject comes before it met or received: those named after the verb in its clause. */
	public static List<Actor> objectsAfterVerb(ArticleContext a, Lexicons lex, int verbStart, int verbEnd, boolean reception) {
		return objects(a, lex, new Actor(verbStart, verbEnd, null, null, "verb"), reception);
	}

	/**
	 * The people a receiving or meeting verb names after its subject: the first actor after it in the clause and
	 * those listed with it. An aside between commas that says on whose margins or in what frame the meeting was («،
	 * على هامش أعمال الدورة … المنعقدة في غلاسكو، وزير …») is passed over.
	 */
	public static List<Actor> objects(ArticleContext a, Lexicons lex, Actor subject, boolean reception) {
		List<Actor> out = new ArrayList<>();
		int sentence = a.sentenceIndex(subject.start());
		int end = a.endToken(sentence);
		for (int k = subject.end(); k < end; k++) {
			Token t = a.tokens.get(k);
			int aside = asideEnd(a, lex, k, end);
			if (aside > k) {
				k = aside;
				continue;
			}
			if (clauseBreak(a, lex, k)) {
				break;
			}
			Actor actor = actorAt(a, k);
			if (actor != null) {
				if (!referred(a, lex, actor)) {
					out.add(actor);
					out.addAll(listAfter(a, lex, actor));
				}
				break;
			}
			PhraseMatcher.Match<EventLexicon.Trigger> trigger = t.word() ? lex.events.participation.at(a.tokens, k) : null;
			if (!reception && trigger != null && !trigger.value().pattern().equals("list")) {
				break;
			}
		}
		return out;
	}

	/**
	 * The subject a verb of meeting that opens its clause leaves out ("كما التقى المدير العام … علي …، وبحثا …", "ثم اجتمع
	 * بقائد الدرك …"), or null when the person after the verb is its subject, or the verb a noun ("لدى استقباله …"). That
	 * person is the one met when a preposition joins them to the verb, or when the clause ends after them and those
	 * listed with them; the subject left out is then the one the article's meetings are about: the host of the latest
	 * meeting reported before the verb, in its sentence too ("كما التقى الوزير … بـ…، ثم اجتمع بـ…"), else the first
	 * person the article names.
	 */
	public static Actor elidedSubject(ArticleContext a, Lexicons lex, int verb, Actor met) {
		if (!clauseOpening(a, verb)) {
			return null;
		}
		List<Actor> listed = listAfter(a, lex, met);
		Actor last = listed.isEmpty() ? met : listed.getLast();
		if (!joinedByPreposition(a, lex, met) && !clauseEndsAt(a, lex, afterOrganisations(a, lex, last.end()), a.sentenceIndex(verb))) {
			return null;
		}
		Actor subject = null;
		int latest = -1;
		for (EventDraft e : a.events) {
			if (e.origin == EventDraft.Origin.MEETING_VERB && e.hostRef != null && e.anchor < verb && e.anchor > latest) {
				subject = latestNamed(a, e.hostRef, verb);
				latest = e.anchor;
			}
		}
		if (subject == null) {
			subject = AddressPronoun.referent(a, a.actors, verb, null);
		}
		String who = subject == null ? null : subject.personRef();
		return who != null && !who.equals(met.personRef()) && listed.stream().noneMatch(x -> who.equals(x.personRef())) ? subject : null;
	}

	/** "بقائد الدرك", "مع المدير العام": the person after a verb is joined to it by a preposition, so is its object. */
	private static boolean joinedByPreposition(ArticleContext a, Lexicons lex, Actor actor) {
		Token first = a.tokens.get(actor.start());
		Token before = actor.start() > 0 ? a.tokens.get(actor.start() - 1) : null;
		boolean joined = first.folded().startsWith("ب") && !lex.names.givenExactly(first) && !lex.names.opens(first) && !lex.names.particle(first);
		return joined || before != null && (before.is("ب") || lex.functions.is(before, FunctionWords.Role.WITH));
	}

	/** The clause ends at token k: the sentence does, or a new clause opens ("، وبحثا …", "، وقد استعرض …", "حيث …"). */
	private static boolean clauseEndsAt(ArticleContext a, Lexicons lex, int k, int sentence) {
		int end = a.endToken(sentence);
		int j = k;
		while (j < end && (a.tokens.get(j).comma() || a.tokens.get(j).is("قد") || a.tokens.get(j).is("وقد"))) {
			j++;
		}
		return j >= end || !a.tokens.get(j).word() && !a.tokens.get(j).is("(") || clauseBreak(a, lex, j) || apart(a, j, end);
	}

	/** "كلا على حدة", "على انفراد": each was met apart, and nothing more is said of whom. */
	private static boolean apart(ArticleContext a, int k, int end) {
		int j = k < end && (a.tokens.get(k).is("كلا") || a.tokens.get(k).is("كل")) ? k + 1 : k;
		return j + 1 < end && a.tokens.get(j).is("علي") && (a.tokens.get(j + 1).is("حده") || a.tokens.get(j + 1).is("انفراد"));
	}

	/** The last mention of a person before a token, as an actor. */
	private static Actor latestNamed(ArticleContext a, String personRef, int before) {
		Actor out = null;
		for (Actor actor : a.actors) {
			if (actor.start() < before && personRef.equals(actor.personRef())) {
				out = actor;
			}
		}
		return out;
	}

	/**
	 * "ثم اجتمع", "وأقام", "كما التقى", "من جهة أخرى بحث": a verb that opens its sentence or clause, or the text after a
	 * dateline ("الرياض - زار …"), not a noun inside one ("خلال استقباله").
	 */
	public static boolean clauseOpening(ArticleContext a, int k) {
		if (k == a.firstToken(a.sentenceIndex(k)) || a.dateline != null && k == a.dateline.bodyStart() && k > 0) {
			return true;
		}
		Token before = a.tokens.get(k - 1);
		return before.is("ثم") || before.is("كما") || before.is("قد") || before.is("وقد") || before.is("،") || afterAside(a, k);
	}

	/** "من جهة أخرى بحث …", "من ناحية ثانية التقى …": the phrase that turns to another matter opens a clause. */
	private static boolean afterAside(ArticleContext a, int k) {
		if (k < 3 || !a.tokens.get(k - 3).is("من")) {
			return false;
		}
		Token side = a.tokens.get(k - 2);
		Token other = a.tokens.get(k - 1);
		return (side.is("جهه") || side.is("ناحيه")) && (other.is("اخري") || other.is("ثانيه"));
	}

	/** The actors listed right after one: separated by commas or "و", through the organisation closing an office. */
	public static List<Actor> listAfter(ArticleContext a, Lexicons lex, Actor first) {
		List<Actor> out = new ArrayList<>();
		Actor previous = first;
		int sentence = a.sentenceIndex(first.start());
		while (true) {
			int from = afterOrganisations(a, lex, previous.end());
			Actor next = null;
			for (int k = from; k <= from + LIST_GAP + 1 && k < a.tokens.size() && a.sentenceIndex(k) == sentence; k++) {
				Actor actor = actorAt(a, k);
				if (actor != null) {
					next = gapIsList(a, lex, from, k) ? actor : null;
					break;
				}
			}
			if (next == null || referred(a, lex, next)) {
				return out;
			}
			out.add(next);
			previous = next;
		}
	}

	private static boolean gapIsList(ArticleContext a, Lexicons lex, int from, int to) {
		if (from == to) {
			return true;
		}
		boolean counterpart = false;
		for (int k = from; k < to; k++) {
			Token t = a.tokens.get(k);
			if (lex.words.is(t, WordLexicon.Kind.COUNTERPART)) {
				counterpart = true;
			}
			else if (!(t.comma() || t.is("و") || t.is("-") || counterpart && t.definite() && lex.places.nisba(t) != null)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Skips an organisation that closes an office ("مدير إدارة التعاون الدولي بوزارة الداخلية") or tells where a
	 * person serves ("من إدارة الشرطة الجنائية الدولية").
	 */
	private static int afterOrganisations(ArticleContext a, Lexicons lex, int from) {
		int j = from;
		boolean moved = true;
		while (moved) {
			moved = false;
			int at = j < a.tokens.size() && (lex.functions.is(a.tokens.get(j), FunctionWords.Role.FROM) || lex.functions.is(a.tokens.get(j), FunctionWords.Role.LOCATIVE)) ? j + 1 : j;
			for (Located org : a.organizationRefs) {
				if (org.start() == at && org.end() > at) {
					j = org.end();
					moved = true;
				}
			}
		}
		return j;
	}

	/** "تحيات معالي …": the actor follows a word that speaks of someone not there. */
	static boolean referred(ArticleContext a, Lexicons lex, Actor actor) {
		for (int k = Math.max(0, actor.start() - 2); k < actor.start(); k++) {
			if (lex.words.is(a.tokens.get(k), WordLexicon.Kind.REFERENCE)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The comma that closes an aside opened at k by a comma and a link of margins or frame ("، على هامش …،", "، في إطار
	 * …،"); k when none opens there or no comma closes it in the sentence.
	 */
	private static int asideEnd(ArticleContext a, Lexicons lex, int k, int end) {
		PhraseMatcher.Match<String> link = k > 0 && a.tokens.get(k - 1).comma() ? lex.events.links.at(a.tokens, k) : null;
		if (link == null || !(link.value().equals("side") || link.value().equals("frame"))) {
			return k;
		}
		for (int j = link.end(); j < end; j++) {
			if (a.tokens.get(j).comma()) {
				return j;
			}
		}
		return k;
	}

	/** A new clause starts: a verb that lists no one, "حيث", or a word that speaks of someone not there. */
	static boolean clauseBreak(ArticleContext a, Lexicons lex, int k) {
		Token t = a.tokens.get(k);
		if (lex.functions.is(t, FunctionWords.Role.CLAUSE)) {
			return true;
		}
		if (!lex.words.is(t, WordLexicon.Kind.VERB)) {
			return false;
		}
		PhraseMatcher.Match<EventLexicon.Trigger> trigger = lex.events.participation.at(a.tokens, k);
		return trigger == null || !trigger.value().pattern().equals("list");
	}

	public static Actor actorAt(ArticleContext a, int token) {
		for (Actor actor : a.actors) {
			if (actor.start() == token) {
				return actor;
			}
			if (actor.start() > token) {
				return null;
			}
		}
		return null;
	}

	/**
	 * "على هامش المؤتمر الدولي …", "على هامش الاجتماع": the event the sentence's meeting happened on the margins of,
	 * named there or repeated by its bare noun, or null.
	 */
	public static EventDraft sideEvent(ArticleContext a, Lexicons lex, int sentence) {
		for (int k = a.firstToken(sentence); k < a.endToken(sentence); k++) {
			PhraseMatcher.Match<String> link = lex.events.links.at(a.tokens, k);
			if (link == null || !link.value().equals("side")) {
				continue;
			}
			for (EventHit hit : a.eventHits) {
				if (hit.start() < link.end() || hit.start() > link.end() + 1 || hit.part()) {
					continue;
				}
				// before bare nouns are resolved, the bare noun stands for the latest event of that noun named before it
				EventDraft named = hit.event() != null ? hit.event() : hit.bare() ? a.latestOfNoun(hit.family(), hit.start() - 1) : null;
				if (named != null) {
					return named;
				}
			}
		}
		return null;
	}
}
