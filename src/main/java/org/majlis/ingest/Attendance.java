package org.majlis.ingest;

import org.majlis.ingest.extract.Evidence;

/** That a person attended an event, in a role (or null), as an article states it. */
record Attendance(String personId, String eventId, String role, Evidence evidence) {
}
