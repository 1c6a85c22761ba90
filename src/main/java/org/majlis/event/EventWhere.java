package org.majlis.event;

import org.majlis.common.PartialDate;

/**
 * Filter of {@code events}; the conditions combine. {@code place} matches events held there or in a city of
 * that country; {@code from}/{@code to} keep events whose dates overlap the range (events without a known
 * year are left out when either is given).
 */
public record EventWhere(String topic, String attendee, String organizer, String place, EventKind kind,
		PartialDate from, PartialDate to) {
}
