package org.majlis.ingest.extract.findings;

import org.majlis.ingest.extract.Participant;

/** A mention of a person ({@code personRef}) or of an office whose holder the graph may know ({@code role}). */
public record Actor(int start, int end, String personRef, Participant.RoleReference role, String rule) {
}
