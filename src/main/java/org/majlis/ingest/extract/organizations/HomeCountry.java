package org.majlis.ingest.extract.organizations;

import java.util.ArrayList;
import java.util.List;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Locatives;
import org.majlis.ingest.extract.findings.Office;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PersonHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.place.PlaceKind;

/**
 * The country an article is set in, from the strongest evidence it gives: a national news agency's tag (a Saudi
 * agency's report from Madrid tells the Saudi side: foreign officials it names with their nationality), its dateline, the
 * country an envoy is accredited to ("سفير إيطاليا لدى …"), the destination of a visit ("يزور مملكة البحرين"), the
 * country the article keeps naming, the place of the lead sentence ("المنعقد في الرياض"; not a planned meeting's), or
 * the one country left besides a visitor's own. The country named most goes before the lead's place: "شارك السودان
 * في الاجتماع الذي تستضيفه العاصمة الرواندية" is a Sudanese report of a meeting abroad. Also tells who
 * is on the visitor's side: the visitor and everyone the sentence names after them (the delegation).
 */
final class HomeCountry {

	private static final int DESTINATION_WINDOW = 5;
	private static final int VISIT_WINDOW = 16;
	/** How far from a place a word of planning makes it a planned event's. */
	private static final int PLANNED_WINDOW = 4;

	private final Lexicons lex;
	private final ArticleContext a;
	private final List<int[]> visitorSpans = new ArrayList<>();
	private final java.util.Set<String> visitorNames = new java.util.HashSet<>();
	private String country;
	private String rule;

	HomeCountry(Lexicons lex, ArticleContext a) {
		this.lex = lex;
		this.a = a;
		findVisitors();
		for (PersonHit p : a.personHits) {
			if (visitorSpans.stream().anyMatch(span -> p.start() == span[0])) {
				visitorNames.add(org.majlis.common.ArabicText.key(p.name()));
			}
		}
		decide();
	}

	String country() {
		return country;
	}

	String rule() {
		return rule;
	}

	/** The dateline or a news agency's tag tells the country: stronger than another body named with a country. */
	boolean strong() {
		return "dateline".equals(rule) || "news agency".equals(rule);
	}

	/** True when the token lies in a visitor's sentence after the visitor (their delegation). */
	boolean visitorSide(int token) {
		return visitorSpans.stream().anyMatch(span -> token >= span[0] && token < span[1]);
	}

	/** True when the person is on a visitor's side: named in a visitor's sentence after them, or a visitor anywhere. */
	boolean visitorSide(PersonHit person) {
		if (visitorSpans.stream().anyMatch(span -> person.start() >= span[0] && person.start() < span[1])) {
			return true;
		}
		String key = org.majlis.common.ArabicText.key(person.name());
		return visitorNames.contains(key);
	}

	private void decide() {
		// "مدريد - واس": a national agency reporting from abroad tells its own country's side; the dateline says where
		if (a.dateline != null && a.dateline.agencyCountry() != null) {
			set(a.dateline.agencyCountry(), "news agency");
		}
		else if (a.dateline != null && a.dateline.place() != null && a.dateline.place().entry() != null) {
			set(countryOf(a.dateline.place()), "dateline");
		}
		if (country == null) {
			set(accredited(), "where an envoy is accredited");
		}
		if (country == null) {
			set(destination(), "the destination of a visit");
		}
		if (country == null) {
			set(dominant(), "the country the article names most");
		}
		if (country == null) {
			set(lead(), "the place of the lead sentence");
		}
	}

	/** The country named at least twice and more often than any other, outside names of bodies and people. */
	private String dominant() {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		for (PlaceHit p : a.places) {
			if (p.entry() != null && p.entry().kind() == PlaceKind.COUNTRY && !insideOrganization(p) && !insidePerson(p)) {
				counts.merge(countryOf(p), 1, Integer::sum);
			}
		}
		String best = null;
		int max = 1;
		boolean tie = false;
		for (var e : counts.entrySet()) {
			if (e.getValue() > max) {
				best = e.getKey();
				max = e.getValue();
				tie = false;
			}
			else if (e.getValue() == max) {
				tie = true;
			}
		}
		return tie ? null : best;
	}

	/** Set once the visitors' own countries are known: the one other country named is the one visited. */
	void visitorsFrom(java.util.Set<String> visitorCountries, java.util.Set<String> candidates) {
		if (country != null || visitorCountries.isEmpty()) {
			return;
		}
		java.util.Set<String> others = new java.util.LinkedHashSet<>(candidates);
		others.removeAll(visitorCountries);
		if (others.size() == 1) {
			set(others.iterator().next(), "the country a visitor from elsewhere comes to");
		}
	}

	private void set(String value, String why) {
		if (country == null && value != null && !value.isEmpty()) {
			country = value;
			rule = why;
		}
	}

	/** "سفير المملكة المتحدة في عمان", "لدى مملكة البحرين": the place after "في" or "لدى" in an envoy's title. */
	private String accredited() {
		for (PersonHit person : a.personHits) {
			for (Office office : person.offices()) {
				if (!office.position()) {
					String place = placeAfterLink(office.start(), office.end());
					if (place != null) {
						return place;
					}
				}
			}
		}
		return null;
	}

	private String placeAfterLink(int from, int to) {
		for (int k = from; k < to; k++) {
			if (lex.functions.is(a.tokens.get(k), FunctionWords.Role.ACCREDITED) || lex.functions.is(a.tokens.get(k), FunctionWords.Role.LOCATIVE)) {
				for (PlaceHit p : a.places) {
					if (p.entry() != null && p.start() > k && p.start() <= k + 2 && p.start() < to) {
						return countryOf(p);
					}
				}
			}
		}
		return null;
	}

	/** The place a visit goes to: after a visit noun or verb, introduced by "إلى" or "لـ" or as the verb's object. */
	private String destination() {
		for (int i = a.bodyStart; i < a.tokens.size(); i++) {
			if (!visitWord(i)) {
				continue;
			}
			for (PlaceHit p : a.places) {
				if (p.entry() != null && p.start() > i && p.start() <= i + DESTINATION_WINDOW && a.sentenceIndex(p.start()) == a.sentenceIndex(i)) {
					Token first = a.tokens.get(p.start());
					Token before = a.tokens.get(p.start() - 1);
					boolean state = "state".equals(lex.places.placeNoun(a.tokens, p.start() - 1))
							&& (before.folded().startsWith("ل") || p.start() >= 2 && lex.functions.is(a.tokens.get(p.start() - 2), FunctionWords.Role.TOWARDS));
					boolean towards = lex.functions.is(before, FunctionWords.Role.TOWARDS) || first.folded().startsWith("ل") && !p.form().startsWith("ل")
							|| before.is("ل") || lex.events.participation.at(a.tokens, p.start() - 1) != null || state;
					if (towards) {
						return countryOf(p);
					}
				}
			}
		}
		return null;
	}

	private boolean visitWord(int i) {
		PhraseMatcher.Match<EventLexicon.Noun> noun = lex.events.nouns.at(a.tokens, i);
		if (noun != null && noun.value().kind().equals("VISIT")) {
			return true;
		}
		PhraseMatcher.Match<EventLexicon.Trigger> trigger = lex.events.participation.at(a.tokens, i);
		return trigger != null && trigger.value().pattern().equals("visit");
	}

	/** A place introduced as where something happens in the first sentence of the body. */
	private String lead() {
		if (a.sentences.isEmpty() || a.tokens.isEmpty()) {
			return null;
		}
		int sentence = a.sentenceIndex(Math.min(a.bodyStart, a.tokens.size() - 1));
		Locatives locatives = new Locatives(lex);
		for (PlaceHit p : a.places) {
			if (p.entry() != null && a.sentenceIndex(p.start()) == sentence && locatives.locative(a.tokens, p) && !insideOrganization(p)
					&& !insidePerson(p) && !planned(p)) {
				return countryOf(p);
			}
		}
		return null;
	}

	/** The place of a planned event ("المقرر عقده بالعاصمة التونسية الشهر المقبل"), not where the article is set. */
	private boolean planned(PlaceHit p) {
		int sentence = a.sentenceIndex(p.start());
		for (int k = Math.max(a.firstToken(sentence), p.start() - PLANNED_WINDOW); k < Math.min(a.endToken(sentence), p.end() + PLANNED_WINDOW); k++) {
			PhraseMatcher.Match<EventLexicon.Tense> tense = lex.events.tenses.at(a.tokens, k);
			if (tense != null && tense.value().tense().equals("planned")) {
				return true;
			}
		}
		return false;
	}

	/** A place in a person's mention ("سفير المملكة المتحدة في عمان") places the office, not the article. */
	private boolean insidePerson(PlaceHit p) {
		return a.personHits.stream().anyMatch(h -> p.start() >= h.start() && p.start() < h.end())
				|| a.roleHits.stream().anyMatch(h -> p.start() >= h.start() && p.start() < h.end());
	}

	private boolean insideOrganization(PlaceHit p) {
		return a.organizations.stream().anyMatch(o -> o.kind() != OrgHit.Kind.ANAPHORA && p.start() >= o.start() && p.end() <= o.end());
	}

	/**
	 * Visitors: the one "قام … بزيارة" is about, the person a "الذي يزور" clause follows, and, in an article about a
	 * visit, whom a reception receives.
	 */
	private void findVisitors() {
		boolean visitArticle = false;
		for (int i = a.bodyStart; i < a.tokens.size(); i++) {
			visitArticle |= visitWord(i);
		}
		for (int i = a.bodyStart; i < a.tokens.size(); i++) {
			PhraseMatcher.Match<EventLexicon.Trigger> trigger = lex.events.participation.at(a.tokens, i);
			if (trigger == null) {
				continue;
			}
			String pattern = trigger.value().pattern();
			PersonHit next = personAfter(trigger.end());
			boolean visit = pattern.equals("visit") || pattern.equals("visit-by");
			if (visit && relativeBefore(i)) {
				PersonHit before = personBefore(i);
				if (before != null) {
					visitorSpans.add(new int[] { before.start(), a.endToken(a.sentenceIndex(before.start())) });
				}
			}
			else if (pattern.equals("visit-by") && next != null && next.start() <= trigger.end() + 1 && visitFollows(next.end())) {
				visitorSpans.add(new int[] { next.start(), a.endToken(a.sentenceIndex(next.start())) });
			}
			else if (pattern.equals("host") && visitArticle && next != null) {
				PersonHit guest = personAfter(next.end());
				if (guest != null && a.sentenceIndex(guest.start()) == a.sentenceIndex(i)) {
					visitorSpans.add(new int[] { guest.start(), a.endToken(a.sentenceIndex(guest.start())) });
				}
			}
		}
	}

	/**
	 * A visit noun follows in the clause ("قام الوزير، يوم الأحد …، بزيارة"); a verb of a relative clause about the
	 * delegation does not end it ("والوفد المرافق له والذي ضم …، بزيارة").
	 */
	private boolean visitFollows(int from) {
		for (int k = from; k < Math.min(a.tokens.size(), from + VISIT_WINDOW); k++) {
			if (k > from && lex.words.is(a.tokens.get(k), WordLexicon.Kind.VERB) && !relativeBefore(k)) {
				return false;
			}
			PhraseMatcher.Match<EventLexicon.Noun> noun = lex.events.nouns.at(a.tokens, k);
			if (noun != null && noun.value().kind().equals("VISIT")) {
				return true;
			}
		}
		return false;
	}

	private boolean relativeBefore(int i) {
		return i > 0 && lex.functions.has(a.tokens.get(i - 1), FunctionWords.Role.RELATIVE);
	}

	private PersonHit personAfter(int token) {
		for (PersonHit p : a.personHits) {
			if (p.start() >= token) {
				return p;
			}
		}
		return null;
	}

	private PersonHit personBefore(int token) {
		PersonHit last = null;
		for (PersonHit p : a.personHits) {
			if (p.end() <= token) {
				last = p;
			}
		}
		return last;
	}

	static String countryOf(PlaceHit p) {
		if (p.entry() == null) {
			return null;
		}
		return p.entry().kind() == PlaceKind.COUNTRY ? p.entry().key() : p.entry().country();
	}
}
