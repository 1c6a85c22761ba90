package org.majlis.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads who organised the main event: the organisation right after a verb of organising or hosting ("نظمت",
 * "بتنظيم من", "تستضيف"), and a partner ("بالتعاون مع") only in a sentence that names a primary organiser.
 */
final class OrganizerReader {

	private final Lexicons lex;

	OrganizerReader(Lexicons lex) {
		this.lex = lex;
	}

	/** Adds the organisers named by triggers to {@code out} (keyed by ref, first evidence kept). */
	void read(EventReader.Input in, EventScope scope, Map<String, FactRef> out) {
		List<PhraseMatcher.Match<Boolean>> triggers = lex.organizerTriggers.findAll(in.tokens());
		Map<Integer, Boolean> primaryIn = new LinkedHashMap<>();
		for (PhraseMatcher.Match<Boolean> trigger : triggers) {
			if (trigger.value() && organisationAfter(in, trigger) != null) {
				primaryIn.put(EventScope.sentenceOf(in, trigger.start()).index(), true);
			}
		}
		for (PhraseMatcher.Match<Boolean> trigger : triggers) {
			int sentence = EventScope.sentenceOf(in, trigger.start()).index();
			if (!scope.about(sentence) || !trigger.value() && !primaryIn.containsKey(sentence)) {
				continue;
			}
			EventReader.Located org = organisationAfter(in, trigger);
			if (org != null) {
				out.putIfAbsent(org.ref(), new FactRef(org.ref(), EventReader.evidence(in, trigger.start(), 1.0)));
			}
		}
	}

	private static EventReader.Located organisationAfter(EventReader.Input in, PhraseMatcher.Match<Boolean> trigger) {
		for (EventReader.Located org : in.organizations()) {
			if (org.start() >= trigger.end() && org.start() <= trigger.end() + 1 && org.ref() != null) {
				return org;
			}
		}
		return null;
	}
}
