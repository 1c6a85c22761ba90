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
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.findings.Actor;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.Lexicons;

/**
 * Decides, for every person the article names and every event it reports, whether the person took part: the rules of
 * {@link LinkParticipants} propose, with the other cues of {@link AttendanceFeatures}, and the learned
 * {@link AttendanceModel} decides. It may add a participant no construction tied (a person named in the sentences
 * about a gathering takes part in it unless the text says otherwise) and drop one the rules tied where the other
 * cues weigh against it. Offices named without their holder keep what the rules found. Without a model the rules
 * decide alone; the candidates are recorded either way ({@link ArticleContext#attendance}).
 */
public final class DecideAttendance implements Stage {

	private static final String RULE = "learned attendance decision";

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
			for (EventDraft event : a.events) {
				Map<String, Double> f = article.of(person, event, ruleLinks);
				double p = model == null ? Double.NaN : model.probability(f);
				boolean attends = model == null ? ruleLinks.containsKey(event) : model.attends(p);
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

	private void apply(ArticleContext a, Decision d) {
		if (!d.attends) {
			if (d.rule != null) {
				d.event.attendees.remove(d.person);
			}
			return;
		}
		String score = String.format(Locale.ROOT, "%s (p=%.2f)", RULE, d.probability);
		if (d.rule != null) {
			Evidence e = d.rule.evidence();
			Evidence decided = new Evidence(e.quote(), e.start(), e.end(), Math.min(e.confidence(), d.probability),
					score + ": " + e.rule());
			d.event.attendees.put(d.person, new Participant(d.rule.personRef(), d.rule.byRole(), d.rule.role(), decided));
			return;
		}
		Actor mention = mention(a, d.person, d.event);
		d.event.attend(new Participant(d.person, null, "attendee",
				a.evidence(mention.start(), d.probability, score + ": named in a sentence about the event")));
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
