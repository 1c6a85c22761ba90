package org.majlis.ingest.extract;

/**
 * Someone who took part in an event. Either {@code personRef} names a person of the article, or the
 * article names them only by office ({@code byRole}) and the graph is asked who held it at the event's date.
 *
 * @param role how they took part: attendee, host, speaker, delegation-head, guest
 */
public record Participant(String personRef, RoleReference byRole, String role, Evidence evidence) {

	/** An office named without its holder: "رئيس الإنتربول". */
	public record RoleReference(String title, String organizationRef) {
	}
}
