package org.majlis.ingest.extract.participation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;

/**
 * Links events to their organisers: the organisation an event's name is of ("الاجتماع الثالث للجنة الخاصة …"), the
 * organisations after a word of organising, hosting or patronage ("نظمت", "بتنظيم من", "من طرف", "تستضيفه",
 * "برعاية"), or before one ("قيام المديرية … بتنظيم الندوة"), with those coordinated with them; a partner
 * ("بالتعاون مع", "بالتنسيق مع") only beside another organiser; "عقدت اللجنة اجتماعها", "عقدت الأمانة العامة
 * المؤتمر …" name the body convening the event. A unit that organises brings the body it is part of ("إدارة الجريمة السيبرانية بالأمانة العامة
 * للإنتربول" is INTERPOL's).
 */
public final class LinkOrganizers implements Stage {

	private final Lexicons lex;

	public LinkOrganizers(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PEOPLE, Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.ORGANIZERS);
	}

	@Override
	public void apply(ArticleContext a) {
		for (EventDraft e : a.events) {
			if (e.nameOrganizer != null) {
				e.organizers.putIfAbsent(e.nameOrganizer.ref(), e.nameOrganizer);
			}
		}
		List<PhraseMatcher.Match<EventLexicon.OrganizerTrigger>> triggers = lex.events.organizerTriggers.findAll(a.tokens);
		List<PhraseMatcher.Match<EventLexicon.OrganizerTrigger>> joint = new ArrayList<>();
		for (PhraseMatcher.Match<EventLexicon.OrganizerTrigger> trigger : triggers) {
			int sentence = a.sentenceIndex(trigger.start());
			if (trigger.start() < a.bodyStart || a.governing.length <= sentence || a.governing[sentence] == null) {
				continue;
			}
			if (trigger.value().kind().equals("joint")) {
				joint.add(trigger);
				continue;
			}
			link(a, trigger, sentence);
		}
		for (PhraseMatcher.Match<EventLexicon.OrganizerTrigger> trigger : joint) {
			int sentence = a.sentenceIndex(trigger.start());
			EventDraft event = eventOf(a, trigger.start(), sentence);
			if (!event.organizers.isEmpty()) {
				link(a, trigger, sentence);
			}
		}
		for (EventDraft e : a.events) {
			withParents(a, e);
		}
	}

	private void link(ArticleContext a, PhraseMatcher.Match<EventLexicon.OrganizerTrigger> trigger, int sentence) {
		List<Located> orgs = trigger.value().before() ? before(a, trigger.start()) : after(a, trigger.end());
		if (orgs.isEmpty()) {
			return;
		}
		if (trigger.value().kind().equals("holds") && !ownEventNoun(a, orgs.getLast().end())) {
			return;
		}
		EventDraft event = eventOf(a, trigger.start(), sentence);
		String rule = "organiser: " + a.textOf(trigger.start(), trigger.end()) + " (" + trigger.value().kind() + ")";
		for (Located org : orgs) {
			event.organizers.putIfAbsent(org.ref(), new FactRef(org.ref(), a.evidence(trigger.start(), 1.0, rule)));
		}
	}

	/** The organisation right after a word, and those coordinated with it ("… وجامعة نايف"). */
	private List<Located> after(ArticleContext a, int from) {
		List<Located> out = new ArrayList<>();
		int k = from;
		for (Located org : a.organizationRefs) {
			if (a.insideOffice(org.start())) {
				continue;
			}
			boolean next = out.isEmpty() ? org.start() >= k && org.start() <= k + 1 : org.start() >= k && org.start() <= k + 1
					&& (lex.conjoined(a.tokens, org.start()) || a.tokens.get(org.start() - 1).is("و") || a.tokens.get(org.start() - 1).is("،"));
			if (next) {
				out.add(org);
				k = org.end();
			}
			else if (!out.isEmpty() && org.start() > k + 1) {
				break;
			}
		}
		return out;
	}

	/** "قيام المديرية العامة لمكافحة المخدرات بتنظيم": the organisation that ends right before the word. */
	private static List<Located> before(ArticleContext a, int at) {
		for (Located org : a.organizationRefs) {
			if (org.end() == at) {
				return List.of(org);
			}
		}
		return List.of();
	}

	/**
	 * "عقدت اللجنة اجتماعها", "عقدت الأمانة العامة المؤتمر العربي …": the event noun follows the organisation, with its
	 * own pronoun or its article: the body convenes the event.
	 */
	private boolean ownEventNoun(ArticleContext a, int at) {
		if (at >= a.tokens.size()) {
			return false;
		}
		PhraseMatcher.Match<EventLexicon.Noun> noun = lex.events.nouns.at(a.tokens, at);
		Token token = a.tokens.get(at);
		String folded = token.folded();
		return noun != null && (folded.endsWith("ها") || folded.endsWith("ه") || token.definite() && !folded.startsWith("و"));
	}

	/** The event a word of organising is about: named just before it in the sentence, else after it, else the sentence's. */
	private static EventDraft eventOf(ArticleContext a, int at, int sentence) {
		EventDraft before = null;
		EventDraft after = null;
		for (EventHit hit : a.eventHits) {
			if (a.sentenceIndex(hit.start()) != sentence || hit.event() == null || hit.part() || !a.events.contains(hit.event())) {
				continue;
			}
			if (hit.start() < at) {
				before = hit.event();
			}
			else if (after == null) {
				after = hit.event();
			}
		}
		return before != null ? before : after != null ? after : a.governing[sentence];
	}

	/** The bodies an organiser is part of organise it too. */
	private static void withParents(ArticleContext a, EventDraft event) {
		for (FactRef organizer : List.copyOf(event.organizers.values())) {
			String parent = a.organizationRegistry.parentRef(organizer.ref());
			int depth = 0;
			while (parent != null && depth++ < 3) {
				Evidence evidence = organizer.evidence().withConfidence(0.8);
				event.organizers.putIfAbsent(parent, new FactRef(parent, new Evidence(evidence.quote(), evidence.start(), evidence.end(),
						evidence.confidence(), "the organiser's parent body")));
				parent = a.organizationRegistry.parentRef(parent);
			}
		}
	}
}
