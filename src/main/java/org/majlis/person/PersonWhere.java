package org.majlis.person;

/**
 * Filter of {@code people}; the conditions combine.
 *
 * @param name part of a name or alias (Arabic regardless of hamza and diacritics, or English)
 * @param organization id of an organisation the person held an office at
 * @param attendedTopic topic key (or id) of an event the person attended
 */
public record PersonWhere(String name, String organization, String attendedTopic) {
}
