package org.majlis.ingest.extract.participation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.majlis.ingest.extract.AttendanceCandidate;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.Lexicons;

/**
 * Decides, for every person the article names and every event it reports, whether the person took part. A
 * construction of participation ({@link LinkParticipants}) decides where there is one; elsewhere the learned
 * {@link AttendanceModel} weighs the other cues of {@link AttendanceFeatures}, so that a person named in the sentences
 * about a gathering takes part in it unless the text says otherwise. What the text says otherwise is never overruled:
 * a patron, a person whose directives are carried out, who is represented, whose greetings are conveyed, whose words
 * said elsewhere are quoted ("واستشهد بما قاله …"), or who has died is added by no model, nor is a person named only in
 * the headline, after a change of subject or after a past or planned event the article names in passing ("… الذي عقد
 * الشهر الماضي بمشاركة …"), nor anyone to a past or planned event. Without a model the rules decide alone; the
 * candidates are recorded either way ({@link ArticleContext#attendance}).
 */
public final class DecideAttendance implements Stage {

	private static final String RULE = "learned attendance decision";
	/** Cues (attendance-cues.tsv) by which the text says a person did not take part. */
	private static final Set<String> ABSENT = Set.of("cue=patron", "cue=directive", "cue=behalf", "cue=greeting", "cue=deceased",
			"cue=quoted");

	private final AttendanceFeatures features;
	private final AttendanceModel model;

	/** @param model the learned decision, or null for the rules alone */
	public DecideAttendance(Lexicons lex, AttendanceModel model) {
		this.features = new AttendanceFeatures(lex);
		this.model = model;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE, Finding.PARTICIPANTS);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.PARTICIPANTS);
	}

	@Override
	public void apply(ArticleContext a) {
		AttendanceFeatures.Article article = features.of(a);
		Set<String> people = new LinkedHashSet<>();
		a.actors.stream().filter(x -> x.personRef() != null).forEach(x -> people.add(x.personRef()));
		List<Decision> decisions = new ArrayList<>();
		for (String person : people) {
			Map<EventDraft, Participant> ruleLinks = new LinkedHashMap<>();
			a.events.forEach(e -> {
				if (e.attendees.containsKey(person)) {
					ruleLinks.put(e, e.attendees.get(person));
				}
			});
			AttendanceFeatures.Article.Person candidate = article.person(person);
			for (EventDraft event : a.events) {
				Map<String, Double> f = article.of(candidate, event);
				double p = model == null ? Double.NaN : model.probability(f);
				boolean attends = ruleLinks.containsKey(event)
						|| model != null && event.tense == null && model.attends(p) && open(a, person, f) && !metInAnother(a, ruleLinks, event);
				decisions.add(new Decision(person, event, f, ruleLinks.get(event), p, attends));
			}
		}
		List<AttendanceCandidate> candidates = new ArrayList<>();
		for (Decision d : decisions) {
			if (model != null) {
				apply(a, d);
			}
			candidates.add(new AttendanceCandidate(d.person, d.event.ref, d.features, d.rule != null, d.probability, d.attends));
		}
		a.attendance = List.copyOf(candidates);
	}

	private record Decision(String person, EventDraft event, Map<String, Double> features, Participant rule, double probability, boolean attends) {
	}

	/** Whether nothing in the text says the person was not there, so that the model may add them. */
	private static boolean open(ArticleContext a, String person, Map<String, Double> features) {
		if (ABSENT.stream().anyMatch(features::containsKey)) {
			return false;
		}
		for (Actor x : a.actors) {
			int s = a.sentenceIndex(x.start());
			if (person.equals(x.personRef()) && x.start() >= a.bodyStart && s < a.governing.length && a.governing[s] != null
					&& !a.recalledAt(x.start())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "التقى الوزير نظيره …، ثم اجتمع بمدير الأمن العام …، كما بحث مع السفير …": a person a construction makes the other
	 * side of one of the meetings a sentence reports one by one is not, by the model, at the sentence's other meetings.
	 */
	private static boolean metInAnother(ArticleContext a, Map<EventDraft, Participant> ruleLinks, EventDraft event) {
		int sentence = a.sentenceIndex(event.anchor);
		for (Map.Entry<EventDraft, Participant> link : ruleLinks.entrySet()) {
			EventDraft other = link.getKey();
			if (other != event && other.origin == EventDraft.Origin.MEETING_VERB && a.sentenceIndex(other.anchor) == sentence
					&& !link.getValue().role().equals("host")) {
				return true;
			}
		}
		return false;
	}

	private void apply(ArticleContext a, Decision d) {
		if (!d.attends || d.rule != null) {
			return;
		}
		Actor mention = mention(a, d.person, d.event);
		int s = a.sentenceIndex(mention.start());
		String where = s < a.governing.length && a.governing[s] == d.event ? "named in a sentence about the event" : "named in the article";
		d.event.attend(new Participant(d.person, null, "attendee",
				a.evidence(mention.start(), d.probability, String.format(Locale.ROOT, "%s (p=%.2f): %s", RULE, d.probability, where))));
	}

	/** The person's first mention in a sentence about the event, else the first in the body, else the first. */
	private static Actor mention(ArticleContext a, String person, EventDraft event) {
		Actor first = null;
		Actor body = null;
		for (Actor x : a.actors) {
			if (!person.equals(x.personRef())) {
				continue;
			}
			int s = a.sentenceIndex(x.start());
			if (x.start() >= a.bodyStart && s < a.governing.length && a.governing[s] == event) {
				return x;
			}
			first = first == null ? x : first;
			body = body == null && x.start() >= a.bodyStart ? x : body;
		}
		return body != null ? body : first;
	}
}
