package org.majlis.ingest.extract.participation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Participants;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Links people to the events they took part in, by the words that introduce them ({@code lexicon/participation.tsv}):
 * the host and guests of a reception, those who welcome a guest and the guest ("وكان في استقباله …"), the people meeting, the subject of "شارك"/"حضر"/"ترأس"/"افتتح", everyone
 * listed after "بحضور", "بمشاركة", "يضم", "المكون من", whoever speaks in a sentence about the event ("أكد …",
 * "من جانبه، أعرب …") and the visitor ("الذي يزور", or the subject of "زار" in a sentence about a visit). A participant goes to the event named right after the word,
 * else to the event the sentence reports (the one its verb names, or the first it mentions, or the one the article
 * was speaking of: see {@link org.majlis.ingest.extract.events.FollowDiscourse}). Whoever took part in a side event
 * took part in the event it happened on the margins of.
 */
public final class LinkParticipants implements Stage {

	private static final int SUBJECT_WINDOW = 8;
	private static final int LIST_WINDOW = 4;
	/** "في استقبال معاليه لدى وصوله مطار المدينة اللواء مساعد وزير الداخلية …": the welcome, where and the titles come first. */
	private static final int WELCOME_WINDOW = 16;
	private static final int HANDOVER_WINDOW = 24;
	private static final int EVENT_AFTER = 4;

	private final Lexicons lex;

	public LinkParticipants(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.PARTICIPANTS);
	}

	@Override
	public void apply(ArticleContext a) {
		if (a.events.isEmpty()) {
			return;
		}
		for (PhraseMatcher.Match<EventLexicon.Trigger> trigger : lex.events.participation.findAll(a.tokens)) {
			int sentence = a.sentenceIndex(trigger.start());
			if (trigger.start() < a.bodyStart || a.governing[sentence] == null) {
				continue;
			}
			read(a, trigger, sentence, a.governing[sentence]);
		}
		for (EventDraft e : a.events) {
			if (e.sideOf != null) {
				e.attendees.values().stream().filter(p -> p.role().equals("host") || p.role().equals("attendee") || p.role().equals(DELEGATION_HEAD))
					.forEach(p -> e.sideOf.attend(new Participant(p.personRef(), p.byRole(), "attendee", p.evidence())));
			}
		}
	}

	private void read(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger, int sentence, EventDraft governing) {
		String pattern = trigger.value().pattern();
		String role = headsDelegation(a, trigger) ? DELEGATION_HEAD : trigger.value().role();
		EventDraft verbEvent = a.verbEvents.get(trigger.start());
		EventDraft named = namedAfter(a, trigger.end());
		if (verbEvent == null && named == null && a.recalledAt(trigger.start())) {
			return;
		}
		EventDraft stated = verbEvent != null ? verbEvent : named != null ? named : governing;
		// "وعلى هامش الاجتماع، التقى سموه …. وضم وفد المملكة …": a delegation is made up for the gathering it attends
		EventDraft target = stated == governing && role.equals("member") && governing.sideOf != null ? governing.sideOf : stated;
		List<Actor> people = new ArrayList<>();
		switch (pattern) {
			case "host", "meet" -> {
				Actor before = Participants.subjectBeforeQad(a, trigger.start());
				Actor subject = before != null ? before : Participants.subjectAfter(a, lex, trigger.end(), LIST_WINDOW);
				if (subject == null) {
					return;
				}
				Actor elided = before != null ? null : a.elidedSubjects.get(trigger.start());
				List<Actor> met = before != null ? Participants.objectsAfterVerb(a, lex, trigger.start(), trigger.end(), pattern.equals("host"))
						: elided == null ? Participants.objects(a, lex, subject, pattern.equals("host")) : new ArrayList<>(List.of(subject));
				if (elided != null) {
					met.addAll(Participants.listAfter(a, lex, subject));
					subject = elided;
				}
				add(a, target, subject, pattern.equals("host") ? "host" : role, trigger);
				for (Actor guest : met) {
					add(a, target, guest, pattern.equals("host") ? "guest" : role, trigger);
				}
				return;
			}
			case "welcome" -> {
				subjectAndList(a, trigger.end(), WELCOME_WINDOW).forEach(host -> add(a, target, host, "host", trigger));
				Actor guest = Participants.welcomed(a, lex, trigger);
				if (guest != null) {
					add(a, target, guest, "guest", trigger);
				}
				return;
			}
			case "subject", "visit-by" -> {
				Actor before = Participants.subjectBeforeQad(a, trigger.start());
				people.addAll(before != null ? List.of(before) : subjectAndList(a, trigger.end(), SUBJECT_WINDOW));
				if (people.isEmpty() && trigger.end() < a.tokens.size() && lex.functions.is(a.tokens.get(trigger.end()), FunctionWords.Role.PAIR)) {
					bothSides(a, trigger.start(), target).forEach(p -> target.attend(new Participant(p.personRef(), p.byRole(), role,
							a.evidence(trigger.start(), 1.0, "participation: " + a.textOf(trigger.start(), trigger.end() + 1) + " (" + role + ")"))));
				}
			}
			case "list" -> people.addAll(subjectAndList(a, trigger.end(), LIST_WINDOW));
			case "handover" -> {
				people.addAll(subjectAndList(a, trigger.end(), SUBJECT_WINDOW));
				people.addAll(fromAndTo(a, trigger.end(), sentence));
			}
			case "visit" -> {
				Actor before = actorBefore(a, trigger.start(), sentence);
				if (before != null && relative(a, trigger.start())) {
					people.add(before);
				}
				else if (target != null && target.kind == org.majlis.event.EventKind.VISIT) {
					Actor visitor = Participants.subjectAfter(a, lex, trigger.end(), SUBJECT_WINDOW);
					if (visitor != null) {
						people.add(visitor);
					}
					else if (Participants.delegationSubject(a, lex, trigger.end()) != null) {
						String rule = "participation: " + a.textOf(trigger.start(), trigger.end() + 1) + " (the delegation told before)";
						visitingSide(a, target, trigger.start()).forEach(p -> target.attend(new Participant(p.personRef(), null, p.role(),
								a.evidence(trigger.start(), 0.8, rule))));
					}
				}
			}
			case "speaker" -> {
				Actor subject = Participants.subjectAfter(a, lex, trigger.end(), LIST_WINDOW);
				if (subject != null) {
					people.add(subject);
				}
			}
			default -> {
				return;
			}
		}
		people.forEach(actor -> add(a, target, actor, role, trigger));
	}

	/**
	 * "وفي اليوم الموالي، ترأس الطرفان اجتماع اللجنة المشتركة": the two sides a dual subject stands for are the two people
	 * of the latest meeting told before it, another event than the one the verb is about; none when it had more or fewer.
	 */
	private static List<Participant> bothSides(ArticleContext a, int verb, EventDraft target) {
		EventDraft latest = latestBefore(a, target, verb,
				e -> e.kind == org.majlis.event.EventKind.MEETING || e.kind == org.majlis.event.EventKind.VISIT);
		List<Participant> people = latest == null ? List.of() : latest.attendees.values().stream().filter(p -> p.personRef() != null).toList();
		return people.size() == 2 ? people : List.of();
	}

	/** "من اللواء … إلى اللواء …": the people a presidency passes from and to, after the word of handing over. */
	private List<Actor> fromAndTo(ArticleContext a, int from, int sentence) {
		List<Actor> out = new ArrayList<>();
		for (Actor actor : a.actors) {
			if (actor.start() > from && actor.start() <= from + HANDOVER_WINDOW && a.sentenceIndex(actor.start()) == sentence) {
				Token before = a.tokens.get(actor.start() - 1);
				if (lex.functions.is(before, FunctionWords.Role.FROM) || lex.functions.is(before, FunctionWords.Role.TOWARDS) || before.is("ل")) {
					out.add(actor);
				}
			}
		}
		return out;
	}

	private List<Actor> subjectAndList(ArticleContext a, int from, int window) {
		List<Actor> out = new ArrayList<>();
		Actor first = Participants.subjectAfter(a, lex, from, window);
		if (first != null) {
			out.add(first);
			out.addAll(Participants.listAfter(a, lex, first));
		}
		return out;
	}

	private void add(ArticleContext a, EventDraft event, Actor actor, String role, PhraseMatcher.Match<EventLexicon.Trigger> trigger) {
		double confidence = actor.personRef() != null ? 1.0 : 0.7;
		String rule = "participation: " + a.textOf(trigger.start(), trigger.end()) + " (" + role + ")";
		event.attend(new Participant(actor.personRef(), actor.personRef() == null ? actor.role() : null, role,
				a.evidence(trigger.start(), confidence, rule)));
	}

	/** The role of who heads a delegation to the event, not the event itself. */
	private static final String DELEGATION_HEAD = "delegation-head";
	/** The roles of a visiting side: who is received, visits, heads a delegation or is in one. */
	private static final Set<String> VISITING = Set.of("guest", "visitor", DELEGATION_HEAD, "member");

	/**
	 * "وفي اليوم التالي، زار الوفد …": the people of the visiting side of the latest event told before the verb, the
	 * delegation the definite "الوفد" refers back to.
	 */
	private static List<Participant> visitingSide(ArticleContext a, EventDraft target, int verb) {
		EventDraft latest = latestBefore(a, target, verb,
				e -> e.attendees.values().stream().anyMatch(p -> p.personRef() != null && VISITING.contains(p.role())));
		return latest == null ? List.of()
				: latest.attendees.values().stream().filter(p -> p.personRef() != null && VISITING.contains(p.role())).toList();
	}

	/** The event told last before the verb, other than the one the verb is about, among those the test accepts; or null. */
	private static EventDraft latestBefore(ArticleContext a, EventDraft target, int verb, Predicate<EventDraft> accepted) {
		EventDraft latest = null;
		for (EventDraft e : a.events) {
			if (e != target && e.anchor < verb && accepted.test(e) && (latest == null || e.anchor > latest.anchor)) {
				latest = e;
			}
		}
		return latest;
	}

	/** How far before "برئاسة" the delegation it heads may be named ("وفدا من وزارة الداخلية السودانية برئاسة"). */
	private static final int DELEGATION_BEFORE_HEAD = 6;

	/**
	 * "وترأس الوفد المغربي …", "وفد أمني سعودي برئاسة …": a word of chairing whose object is a delegation
	 * ({@code country-cues.tsv} kind DELEGATION) makes its people heads of the delegation, not chairs of the event.
	 */
	private boolean headsDelegation(ArticleContext a, PhraseMatcher.Match<EventLexicon.Trigger> trigger) {
		if (!trigger.value().role().equals("chair")) {
			return false;
		}
		if (trigger.value().pattern().equals("subject")) {
			PhraseMatcher.Match<Boolean> object = trigger.end() < a.tokens.size() ? lex.places.delegations.at(a.tokens, trigger.end()) : null;
			return object != null;
		}
		int sentence = a.sentenceIndex(trigger.start());
		for (int k = trigger.start() - 1; k >= Math.max(0, trigger.start() - DELEGATION_BEFORE_HEAD) && a.sentenceIndex(k) == sentence; k--) {
			Token t = a.tokens.get(k);
			int at = k;
			if (!t.word() || a.eventHits.stream().anyMatch(hit -> hit.start() <= at && at < hit.end())) {
				return false;
			}
			if (lex.places.delegations.at(a.tokens, k) != null) {
				return true;
			}
		}
		return false;
	}

	/** The event named right after a word ("شارك في أعمال القمة", "حضر الجلسة الافتتاحية للاجتماع"), or null. */
	private static EventDraft namedAfter(ArticleContext a, int from) {
		int sentence = from < a.tokens.size() ? a.sentenceIndex(from) : -1;
		for (EventHit hit : a.eventHits) {
			if (hit.start() >= from && hit.start() <= from + EVENT_AFTER && a.sentenceIndex(hit.start()) == sentence && hit.event() != null) {
				boolean between = true;
				for (Actor actor : a.actors) {
					if (actor.start() >= from && actor.start() < hit.start()) {
						between = false;
					}
				}
				return between ? hit.event() : null;
			}
		}
		return null;
	}

	private boolean relative(ArticleContext a, int verb) {
		return verb > 0 && lex.functions.has(a.tokens.get(verb - 1), FunctionWords.Role.RELATIVE);
	}

	private static Actor actorBefore(ArticleContext a, int token, int sentence) {
		Actor last = null;
		for (Actor actor : a.actors) {
			if (actor.end() <= token && a.sentenceIndex(actor.start()) == sentence) {
				last = actor;
			}
		}
		return last;
	}
}
