package org.majlis.ingest.extract.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.majlis.event.EventKind;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * "عقد الوزير اجتماعا مع …", "خلال زيارته الرسمية": a meeting or visit that the text names by its noun alone (with at
 * most an adjective, no ordinal and nothing it is of) has a name that tells it from no other, and a researcher or a
 * graph explorer shows "اجتماعا". Such a meeting is named after its people, as meetings read from a verb are ("اجتماع
 * فلان وفلان"), and such a visit after its visitor and place ("زيارة فلان إلى تونس"); the text's wording stays an alias.
 */
public final class NameByPeople implements Stage {

	private final Lexicons lex;

	public NameByPeople(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.EVENTS, Finding.PARTICIPANTS, Finding.SETTINGS, Finding.REPEATS, Finding.SERIES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.NAMES);
	}

	@Override
	public void apply(ArticleContext a) {
		for (EventDraft e : a.events) {
			if ((e.kind == EventKind.MEETING || e.kind == EventKind.VISIT) && e.name != null && generic(e) && !gatheringOfOthers(a, e)) {
				String name = e.kind == EventKind.VISIT ? visitName(a, e) : meetingName(a, e);
				if (name != null) {
					e.rename(name);
				}
			}
		}
	}

	/**
	 * "الاجتماع الوزاري": a gathering that meetings are held on the margins of is more than its two people named, and a
	 * definite noun with an adjective names one the reader knows of; neither is named after people.
	 */
	private static boolean gatheringOfOthers(ArticleContext a, EventDraft e) {
		List<Token> words = Tokenizer.tokenize(e.name).stream().filter(Token::word).toList();
		return a.events.stream().anyMatch(other -> other.sideOf == e) || words.size() == 2 && words.getFirst().definite();
	}

	/**
	 * The name is an event noun in any of its forms ("اجتماعا", "زيارته", "الاجتماع"), alone or with one word that
	 * describes it ("اجتماع موسع", "زيارتهما الرسمية"), not an ordinal ("الرابع"), a number, a phrase in "ل" or "ب",
	 * or the definite noun a bare noun is in construct with ("اجتماع اللجنة", "قمة المنظمة").
	 */
	private boolean generic(EventDraft e) {
		List<Token> words = Tokenizer.tokenize(e.name).stream().filter(Token::word).toList();
		PhraseMatcher.Match<EventLexicon.Noun> noun = words.isEmpty() || words.size() > 2 ? null : lex.events.nouns.at(words, 0);
		if (noun == null || noun.end() != 1 && noun.end() != words.size()) {
			return false;
		}
		if (words.size() == 1 || noun.end() == words.size()) {
			// "زيارة عمل": a noun of two words the lexicon lists whole is a noun alone
			return true;
		}
		Token first = words.get(0);
		Token second = words.get(1);
		boolean construct = !first.definite() && second.definite() && Objects.equals(first.folded(), fold(e.family));
		return !construct && !second.number() && lex.events.ordinals.at(words, 1) == null && !second.folded().startsWith("ل")
				&& !second.folded().startsWith("ب");
	}

	private static String fold(String word) {
		List<Token> tokens = Tokenizer.tokenize(word == null ? "" : word);
		return tokens.isEmpty() ? "" : tokens.getFirst().folded();
	}

	/**
	 * "اجتماع فلان وفلان": the two people of a meeting, or its host and the first of the others. A meeting with one
	 * person named keeps its noun, as one name no more tells it from that person's other meetings than the noun does,
	 * and so does one of three or more with no host, which two of their names would misname.
	 */
	private static String meetingName(ArticleContext a, EventDraft e) {
		List<String> people = named(a, e, null);
		if (people.size() < 2 || people.size() > 2 && !hostAttends(e)) {
			return null;
		}
		String noun = e.family == null || e.family.isBlank() ? "لقاء" : e.family;
		return noun + " " + people.getFirst() + " و" + people.get(1);
	}

	/** "زيارة فلان إلى تونس": the guest, or the first named who does not host, and the place. */
	private static String visitName(ArticleContext a, EventDraft e) {
		String visitor = withRole(a, e, "guest");
		visitor = visitor != null ? visitor : withRole(a, e, "visitor");
		visitor = visitor != null ? visitor : named(a, e, e.hostRef).stream().findFirst().orElse(null);
		if (visitor == null) {
			return null;
		}
		String place = e.placeRef == null ? null : a.placeRegistry.name(e.placeRef);
		return "زيارة " + visitor + (place == null ? "" : " إلى " + place);
	}

	/** The name of the first of the event's people who take part in the role ("guest", "visitor"), or null. */
	private static String withRole(ArticleContext a, EventDraft e, String role) {
		return e.attendees.values().stream().filter(p -> p.personRef() != null && role.equals(p.role()))
			.map(p -> a.peopleRegistry.name(p.personRef())).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static boolean hostAttends(EventDraft e) {
		return e.hostRef != null && e.attendees.values().stream().anyMatch(p -> e.hostRef.equals(p.personRef()));
	}

	/** The names of the event's people, its host first; not {@code except}. */
	private static List<String> named(ArticleContext a, EventDraft e, String except) {
		List<String> refs = new ArrayList<>();
		if (hostAttends(e) && !e.hostRef.equals(except)) {
			refs.add(e.hostRef);
		}
		for (Participant p : e.attendees.values()) {
			if (p.personRef() != null && !p.personRef().equals(except) && !refs.contains(p.personRef())) {
				refs.add(p.personRef());
			}
		}
		return refs.stream().map(a.peopleRegistry::name).filter(Objects::nonNull).toList();
	}
}
