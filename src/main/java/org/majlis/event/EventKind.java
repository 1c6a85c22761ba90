package org.majlis.event;

/** What kind of gathering an {@link Event} is. */
public enum EventKind {
	MEETING, CONFERENCE, GENERAL_ASSEMBLY, VISIT, WORKSHOP, OTHER
}
