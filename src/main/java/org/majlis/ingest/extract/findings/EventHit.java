package org.majlis.ingest.extract.findings;

import org.majlis.event.EventKind;

/**
 * A mention of an event in the text: a named or bare event noun ("الاجتماع", resolved once all events are known),
 * or a part of an event ("الجلسة الافتتاحية").
 *
 * @param event the event it mentions, or null while a bare mention is unresolved
 */
public record EventHit(int start, int end, EventDraft event, boolean part, boolean bare, String family, EventKind kind, String name) {
}
