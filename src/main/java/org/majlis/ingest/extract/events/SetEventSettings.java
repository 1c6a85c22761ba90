package org.majlis.ingest.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.DateHit;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.Locatives;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

/**
 * When and where each event took place. A date or place belongs to the event mentioned nearest before it in its
 * sentence (else after it). Of an event's dates a range wins over a day, a stated day over a relative one
 * ("أمس"), and a Gregorian date over the Hijri one it is given with; a duration ("على مدى ثلاثة أيام") gives the
 * end. A place counts where the text introduces it as a location ("في", "بمدينة", "تحتضنه") or as where a visit
 * goes; the most specific wins: a venue when no city is named, else a city, else a country. The article's first
 * event falls back on the dateline. Online markers ("عبر تقنية الاتصال المرئي") make an event virtual.
 */
public final class SetEventSettings implements Stage {

	private final Lexicons lex;
	private final Locatives locatives;

	public SetEventSettings(Lexicons lex) {
		this.lex = lex;
		this.locatives = new Locatives(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES, Finding.DATELINE, Finding.DATES, Finding.ORGANIZATIONS,
				Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.SETTINGS);
	}

	@Override
	public void apply(ArticleContext a) {
		if (a.events.isEmpty()) {
			return;
		}
		for (EventDraft e : a.events) {
			date(a, e);
			place(a, e);
		}
		following(a);
		EventDraft first = a.events.getFirst();
		if (first.start == null && a.dateline != null && a.dateline.dateFromDateline()) {
			first.start = a.dateline.date();
		}
		if (first.placeRef == null && a.dateline != null && a.dateline.place() != null && !Boolean.TRUE.equals(first.virtual)) {
			first.placeRef = refOf(a, a.dateline.place());
		}
		duringAnother(a);
		virtual(a);
	}

	/**
	 * The event mentioned nearest before a token in its sentence, else the first after it; none when that mention is
	 * of an event left out (a past one in passing keeps its own date and place).
	 */
	private EventDraft owner(ArticleContext a, int token) {
		int sentence = a.sentenceIndex(token);
		EventDraft before = null;
		int beforeAt = -1;
		EventDraft after = null;
		int afterAt = Integer.MAX_VALUE;
		List<int[]> at = new ArrayList<>();
		List<EventDraft> of = new ArrayList<>();
		for (EventHit hit : a.eventHits) {
			if (hit.event() != null && !hit.part()) {
				at.add(new int[] { hit.start() });
				of.add(hit.event());
			}
		}
		for (var verb : a.verbEvents.entrySet()) {
			at.add(new int[] { verb.getKey() });
			of.add(verb.getValue());
		}
		for (int n = 0; n < at.size(); n++) {
			int k = at.get(n)[0];
			if (a.sentenceIndex(k) != sentence) {
				continue;
			}
			if (k <= token && k > beforeAt) {
				before = of.get(n);
				beforeAt = k;
			}
			if (k > token && k < afterAt) {
				after = of.get(n);
				afterAt = k;
			}
		}
		EventDraft owner = before != null ? before : after;
		if (owner == null && FollowDiscourse.opensWithRelative(a, lex, sentence) && a.governing != null && sentence < a.governing.length) {
			owner = a.governing[sentence];
		}
		return owner != null && a.events.contains(owner) ? owner : null;
	}

	/**
	 * The event a date belongs to: the one mentioned nearest it in its sentence; in a sentence that mentions none, the
	 * event the sentence reports ("وقال الوزير اليوم الأربعاء …" after the meeting's sentence), unless the date is a year
	 * alone or that event is a past or planned one.
	 */
	private EventDraft dateOwner(ArticleContext a, DateHit d) {
		EventDraft owner = owner(a, d.startToken());
		int sentence = a.sentenceIndex(d.startToken());
		if (owner != null || d.yearOnly() || mentionsEvent(a, sentence) || sentence >= a.governing.length) {
			return owner;
		}
		EventDraft reported = a.governing[sentence];
		return reported != null && reported.tense == null ? reported : null;
	}

	private static boolean mentionsEvent(ArticleContext a, int sentence) {
		return a.eventHits.stream().anyMatch(hit -> a.sentenceIndex(hit.start()) == sentence)
				|| a.verbEvents.keySet().stream().anyMatch(k -> a.sentenceIndex(k) == sentence);
	}

	/**
	 * "على هامش المؤتمر", talks during a visit: an event held during another, a side event of it or a later event of
	 * the visit the article reports, took place where that event did when it names no place of its own, and, undated,
	 * on that event's day, or in its month when that event spans several days.
	 */
	private static void duringAnother(ArticleContext a) {
		EventDraft first = a.events.getFirst();
		for (EventDraft e : a.events) {
			EventDraft during = e.sideOf != null ? e.sideOf
					: first.kind == org.majlis.event.EventKind.VISIT && e != first && e.anchor > first.anchor ? first : inSequence(a, e);
			if (e.tense != null || during == null) {
				continue;
			}
			if (e.placeRef == null && during.placeRef != null && !Boolean.TRUE.equals(during.virtual)) {
				e.placeRef = during.placeRef;
			}
			if (e.start != null || during.start == null) {
				continue;
			}
			boolean oneDay = during.end == null || during.end.equals(during.start);
			e.start = oneDay ? during.start : new PartialDate(during.start.year(), during.start.month(), null);
		}
	}

	/**
	 * "التقى الوزير اليوم … كما التقى …": a meeting a verb reports after a dated one (or after a meeting on another's
	 * margins), with no date of its own, is one of the same round of meetings; answers that meeting, or null.
	 */
	private static EventDraft inSequence(ArticleContext a, EventDraft e) {
		if (e.origin != EventDraft.Origin.MEETING_VERB) {
			return null;
		}
		EventDraft before = null;
		for (EventDraft other : a.events) {
			if (other != e && other.anchor < e.anchor && (before == null || other.anchor > before.anchor)) {
				before = other;
			}
		}
		boolean meeting = before != null && (before.origin == EventDraft.Origin.MEETING_VERB || before.sideOf != null);
		return meeting && before.tense == null ? before : null;
	}

	/** "وفي اليوم التالي، قام الوفد بزيارة …": an undated event days after the dated one reported before it. */
	private void following(ArticleContext a) {
		EventDraft prior = null;
		for (EventDraft e : a.events) {
			if (e.start == null && prior != null) {
				Integer days = followingDays(a, a.sentenceIndex(e.anchor));
				if (days != null) {
					LocalDate day = LocalDate.of(prior.start.year(), prior.start.month(), prior.start.day()).plusDays(days);
					e.start = PartialDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
				}
			}
			if (e.start != null && e.start.year() != null && e.start.day() != null) {
				prior = e;
			}
		}
	}

	private Integer followingDays(ArticleContext a, int sentence) {
		return lex.dates.followingDays(a.tokens, a.firstToken(sentence), a.endToken(sentence));
	}

	private void date(ArticleContext a, EventDraft event) {
		DateHit chosen = null;
		int bodyStart = Math.max(a.bodyStart, a.dateline == null ? 0 : a.dateline.bodyStart());
		for (DateHit d : a.dates) {
			if (d.startToken() < bodyStart || dateOwner(a, d) != event) {
				continue;
			}
			if (d.start().month() == null && !d.yearOnly() || d.yearOnly() && !close(event, d.startToken())) {
				continue;
			}
			if (chosen == null || rank(d) > rank(chosen)) {
				chosen = d;
			}
		}
		if (chosen == null) {
			return;
		}
		PartialDate start = chosen.start();
		PartialDate end = chosen.end();
		if (start.year() == null) {
			Integer year = yearInName(event);
			if (year != null) {
				start = new PartialDate(year, start.month(), start.day());
				end = end == null ? null : new PartialDate(year, end.month(), end.day());
			}
		}
		if (end == null && start.day() != null && start.year() != null) {
			Integer days = duration(a, chosen);
			if (days != null && days > 1) {
				LocalDate day = LocalDate.of(start.year(), start.month(), start.day());
				boolean closing = closing(a, chosen);
				LocalDate first = closing ? day.minusDays(days - 1) : day;
				LocalDate last = closing ? day : day.plusDays(days - 1);
				start = PartialDate.of(first.getYear(), first.getMonthValue(), first.getDayOfMonth());
				end = PartialDate.of(last.getYear(), last.getMonthValue(), last.getDayOfMonth());
			}
		}
		event.start = start;
		event.end = end;
	}

	private static final int YEAR_WINDOW = 6;

	/** "… الـ87 والذي ينعقد عام 2018": a year alone counts only close after the event's name. */
	private static boolean close(EventDraft event, int token) {
		return event.mentions.stream().anyMatch(m -> token >= m.end() && token - m.end() <= YEAR_WINDOW)
				|| token > event.anchor && token - event.anchor <= YEAR_WINDOW;
	}

	/** Higher for better evidence: a range, a stated day, a Gregorian date, a relative day, a year alone. */
	private static int rank(DateHit d) {
		int score = d.yearOnly() ? 0 : d.relative() ? 1 : 2;
		if (d.end() != null) {
			score += 3;
		}
		if (!d.hijri()) {
			score += 1;
		}
		return score;
	}

	/** "برنامج … لعام 2011": the year an event's name gives. */
	private static Integer yearInName(EventDraft event) {
		List<String> names = new ArrayList<>(event.aliases);
		names.add(0, event.name);
		for (String name : names) {
			for (String word : Tokenizer.words(name)) {
				if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
					int year = Integer.parseInt(word);
					if (year >= 1900 && year <= 2100) {
						return year;
					}
				}
			}
		}
		return null;
	}

	/** "اختتمت أمس أعمال …", "في ختام …": a word of closing before the date in its sentence makes it the last day. */
	private boolean closing(ArticleContext a, DateHit date) {
		for (int k = a.firstToken(a.sentenceIndex(date.startToken())); k < date.startToken(); k++) {
			if (lex.dates.has(a.tokens.get(k), "closing")) {
				return true;
			}
		}
		return false;
	}

	/** "على مدى ثلاثة أيام", "ولمدة يومين": a duration in the sentence of the date. */
	private Integer duration(ArticleContext a, DateHit date) {
		int sentence = a.sentenceIndex(date.startToken());
		for (int k = a.firstToken(sentence); k < a.endToken(sentence); k++) {
			PhraseMatcher.Match<Integer> m = lex.dates.durations.at(a.tokens, k);
			if (m != null) {
				return m.value();
			}
		}
		return null;
	}

	private void place(ArticleContext a, EventDraft event) {
		place(a, event, Scope.MENTIONS);
		if (event.placeRef == null) {
			place(a, event, Scope.FOLLOWING);
		}
		if (event.placeRef == null) {
			place(a, event, Scope.OPENING);
		}
	}

	/**
	 * Where an event's place is looked for: the sentences that mention it; the next sentences that report it and
	 * mention no event ("وجرى اللقاء في قصر …"); the sentences before its first mention that report it and mention no
	 * event ("زار الوزير مقر المنظمة في مدينة ليون." before "وخلال الزيارة …").
	 */
	private enum Scope {
		MENTIONS, FOLLOWING, OPENING
	}

	/** The sentences after the one an event is reported in that may still say where it was, when they name no event. */
	private static final int PLACE_FOLLOWING = 2;

	/**
	 * The place of an event: among the places introduced as where it was in the sentences of the scope. A venue stands
	 * only where no city is given: the article's first event, held at a hotel or a hall, is in the dateline's city.
	 */
	private void place(ArticleContext a, EventDraft event, Scope scope) {
		PlaceHit venue = null;
		PlaceHit city = null;
		PlaceHit country = null;
		for (PlaceHit p : a.places) {
			boolean own = switch (scope) {
				case MENTIONS -> owner(a, p.start()) == event;
				case FOLLOWING -> follows(a, event, p.start());
				case OPENING -> opens(a, event, p.start());
			};
			if (p.start() < a.bodyStart || !own || !setting(a, event, p)) {
				continue;
			}
			if (p.entry() == null) {
				venue = venue == null ? p : venue;
			}
			else if (p.entry().kind() == PlaceKind.COUNTRY) {
				country = country == null ? p : country;
			}
			else {
				city = city == null ? p : city;
			}
		}
		PlaceHit chosen = city != null ? city : venue != null ? venue : country;
		PlaceHit dateline = a.dateline == null ? null : a.dateline.place();
		if (chosen == country && country != null && dateline != null && dateline.entry() != null
				&& dateline.entry().country().equals(country.entry().key())) {
			chosen = dateline;
		}
		if (chosen == venue && venue != null && event == a.events.getFirst() && dateline != null && dateline.entry() != null
				&& dateline.entry().kind() != PlaceKind.COUNTRY) {
			chosen = dateline;
		}
		if (chosen != null) {
			event.placeRef = refOf(a, chosen);
		}
	}

	private static boolean opens(ArticleContext a, EventDraft event, int token) {
		int sentence = a.sentenceIndex(token);
		int first = event.mentions.stream().mapToInt(m -> a.sentenceIndex(m.start())).min().orElse(a.sentenceIndex(event.anchor));
		return sentence < first && sentence < a.governing.length && a.governing[sentence] == event && !mentionsEvent(a, sentence);
	}

	private static boolean follows(ArticleContext a, EventDraft event, int token) {
		int sentence = a.sentenceIndex(token);
		int reported = a.sentenceIndex(event.anchor);
		return sentence > reported && sentence <= reported + PLACE_FOLLOWING && sentence < a.governing.length
				&& a.governing[sentence] == event && !mentionsEvent(a, sentence);
	}

	/**
	 * A place introduced as where the event is, not one that is part of a name, an office or a person's mention ("سفيرها
	 * في الرياض"), unless the event held follows it ("عقد الوزير في باريس لقاءين", "افتتح الوزير في المنامة أعمال
	 * الاجتماع …").
	 */
	private boolean setting(ArticleContext a, EventDraft event, PlaceHit p) {
		for (OrgHit o : a.organizations) {
			if (o.kind() != OrgHit.Kind.ANAPHORA && !o.contextual() && p.start() >= o.start() && p.end() <= o.end()) {
				return venueNamed(a, o) || afterEventName(a, p) || visitedBody(a, event, o);
			}
			if (whereFrom(a, o, p)) {
				return false;
			}
		}
		boolean beforeHeldNoun = a.eventHits.stream().anyMatch(hit -> hit.start() >= p.end() && hit.start() <= p.end() + 1 && !hit.part() && !hit.bare())
				|| beforeMet(a, event, p);
		for (Actor actor : a.actors) {
			if (p.start() >= actor.start() && p.start() < actor.end() || !beforeHeldNoun && (actor.end() == p.start() - 1
					&& lex.functions.is(a.tokens.get(p.start() - 1), FunctionWords.Role.LOCATIVE)
					|| actor.end() == p.start() && a.tokens.get(p.start()).folded().startsWith("ب"))) {
				return false;
			}
		}
		if (p.entry() == null) {
			return true;
		}
		return locatives.locative(a.tokens, p) || towards(a, event, p);
	}

	/** "خبراء من الأمانة العامة للإنتربول في ليون": the place of a body that people come from is the body's, not the event's. */
	private boolean whereFrom(ArticleContext a, OrgHit o, PlaceHit p) {
		return o.kind() != OrgHit.Kind.ANAPHORA && o.start() > 0 && o.end() == p.start() - 1
				&& lex.functions.is(a.tokens.get(o.end()), FunctionWords.Role.LOCATIVE) && lex.functions.is(a.tokens.get(o.start() - 1), FunctionWords.Role.FROM);
	}

	/**
	 * "التقى الوزير … في جنيف مدير المنظمة …", "استقبل الوزير … في الرياض اليوم سفير …": a place between the subject of
	 * the verb that reports a meeting and the one met, a date apart, is where they met, not where the subject serves.
	 */
	private static boolean beforeMet(ArticleContext a, EventDraft event, PlaceHit p) {
		if (event.origin != EventDraft.Origin.MEETING_VERB || event.anchor >= p.start() || a.sentenceIndex(event.anchor) != a.sentenceIndex(p.start())) {
			return false;
		}
		int next = afterComma(a, p.end());
		for (DateHit d : a.dates) {
			if (d.startToken() == next) {
				next = afterComma(a, d.endToken());
			}
		}
		int met = next;
		return a.actors.stream().anyMatch(x -> x.start() == met);
	}

	private static int afterComma(ArticleContext a, int k) {
		return k < a.tokens.size() && a.tokens.get(k).comma() ? k + 1 : k;
	}

	/**
	 * "الاجتماع السنوي لقادة الشرطة في الرياض": "في" and a place right after an event's name say where it was held, even
	 * where the organisation that ends the name was read with the place ("الشرطة في الرياض").
	 */
	private boolean afterEventName(ArticleContext a, PlaceHit p) {
		int in = p.start() - 1;
		return in > 0 && lex.functions.is(a.tokens.get(in), FunctionWords.Role.LOCATIVE)
				&& a.eventHits.stream().anyMatch(hit -> hit.end() == in && !hit.part());
	}

	/**
	 * "قام … بزيارة للمعهد الملكي للشرطة بالقنيطرة", "زيارة إلى أكاديمية الشرطة في دبي": the place a body a visit goes to is
	 * named with is where the visit was.
	 */
	private boolean visitedBody(ArticleContext a, EventDraft event, OrgHit o) {
		if (event.kind != org.majlis.event.EventKind.VISIT || o.start() == 0) {
			return false;
		}
		boolean towardsBody = lex.functions.is(a.tokens.get(o.start() - 1), FunctionWords.Role.TOWARDS) || a.tokens.get(o.start()).folded().startsWith("ل");
		// the visit's noun, then the body ("بزيارة للمعهد", "زيارة إلى مقر"): the body may be read into the visit's name
		return towardsBody && event.mentions.stream().anyMatch(m -> m.start() + 1 == o.start() || m.start() + 2 == o.start());
	}

	/** "في مركز دبي للمعارض": a body named after a venue noun and introduced as a location places the event in its city. */
	private boolean venueNamed(ArticleContext a, OrgHit o) {
		Token first = a.tokens.get(o.start());
		boolean introduced = o.start() > 0 && lex.functions.is(a.tokens.get(o.start() - 1), FunctionWords.Role.LOCATIVE) || first.folded().startsWith("ب");
		return introduced && lex.places.venueNouns.at(a.tokens, o.start()) != null;
	}

	/**
	 * The place a visit goes to ("زيارة عمل إلى الجزائر", "لدولة إيطاليا", "يزور مملكة البحرين"), or that its visitor
	 * reaches or visits ("وصل القاهرة …", "وصل وزير الداخلية السوداني … القاهرة", "زار الوزير فلان الرباط").
	 */
	private boolean towards(ArticleContext a, EventDraft event, PlaceHit p) {
		if (event.kind != org.majlis.event.EventKind.VISIT || p.start() == 0) {
			return false;
		}
		Token before = a.tokens.get(p.start() - 1);
		Token first = a.tokens.get(p.start());
		boolean marked = lex.functions.is(before, FunctionWords.Role.TOWARDS) || first.folded().startsWith("ل") && !p.form().startsWith("ل");
		PhraseMatcher.Match<EventLexicon.Trigger> verb = lex.events.participation.at(a.tokens, p.start() - 1);
		boolean object = verb != null && verb.value().pattern().equals("visit") && verb.end() == p.start();
		boolean state = p.start() >= 2 && "state".equals(lex.places.placeNoun(a.tokens, p.start() - 1))
				&& (a.tokens.get(p.start() - 1).folded().startsWith("ل") || lex.functions.is(a.tokens.get(p.start() - 2), FunctionWords.Role.TOWARDS));
		return marked || object || state || reached(a, p.start());
	}

	/** A verb of arriving right before the place, or one of arriving or visiting before the person right before it. */
	private boolean reached(ArticleContext a, int place) {
		if (lex.functions.has(a.tokens.get(place - 1), FunctionWords.Role.ARRIVAL)) {
			return true;
		}
		for (Actor actor : a.actors) {
			if (actor.end() == place && actor.start() > 0) {
				PhraseMatcher.Match<EventLexicon.Trigger> visit = lex.events.participation.at(a.tokens, actor.start() - 1);
				return lex.functions.has(a.tokens.get(actor.start() - 1), FunctionWords.Role.ARRIVAL)
						|| visit != null && visit.value().pattern().equals("visit") && visit.end() == actor.start();
			}
		}
		return false;
	}

	/**
	 * "شارك السودان عبر تقنية الفيديو في فعاليات الاجتماع … الذي تستضيفه كيغالي": a marker right after a participant
	 * says how that party took part, not that the gathering, whose place the text gives, was held online.
	 */
	private boolean remoteParticipant(ArticleContext a, int marker) {
		int sentence = a.sentenceIndex(marker);
		for (int k = marker - 1; k >= Math.max(0, marker - 4) && a.sentenceIndex(k) == sentence; k--) {
			if (a.tokens.get(k).comma()) {
				return false;
			}
			PhraseMatcher.Match<EventLexicon.Trigger> verb = lex.events.participation.at(a.tokens, k);
			if (verb != null && verb.end() <= marker && "attendee".equals(verb.value().role()) && "subject".equals(verb.value().pattern())) {
				return true;
			}
		}
		return false;
	}

	private static String refOf(ArticleContext a, PlaceHit p) {
		for (Located l : a.placeRefs) {
			if (l.start() == p.start() && l.end() == p.end()) {
				return l.ref();
			}
		}
		return null;
	}

	private void virtual(ArticleContext a) {
		for (PhraseMatcher.Match<Boolean> m : lex.events.virtualMarkers.findAll(a.tokens)) {
			if (m.value() && a.eventHits.stream().noneMatch(hit -> hit.end() == m.start())) {
				continue;
			}
			EventDraft e = owner(a, m.start());
			if (e != null && e.placeRef != null && remoteParticipant(a, m.start())) {
				continue;
			}
			if (e != null) {
				e.virtual = Boolean.TRUE;
				e.placeRef = null;
			}
		}
		for (EventDraft e : a.events) {
			if (e.virtual == null && e.placeRef != null) {
				e.virtual = Boolean.FALSE;
			}
		}
	}
}
