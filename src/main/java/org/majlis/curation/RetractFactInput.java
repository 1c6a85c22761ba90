package org.majlis.curation;

/** Which fact to retract: its type, start and end node, for an office its Arabic title (all offices when absent). */
public record RetractFactInput(FactType type, String from, String to, String title, String note) {
}
