package org.majlis.ingest.extract.findings;

import org.majlis.ingest.extract.Participant;

/** A mention of a person ({@code personRef}) or of an office whose holder the graph may know ({@code role}). */
public record Actor(int start, int end, String personRef, Participant.RoleReference role, String rule) {

	/** The rule of "سموه", "معاليه" after a verb, standing for the person so addressed. */
	public static final String ADDRESS_RULE = "pronoun of address that refers back to its person";

	/** "كما التقى سموه": the mention is a pronoun, which names no one in a clause read as the event's name. */
	public boolean pronoun() {
		return ADDRESS_RULE.equals(rule);
	}
}
