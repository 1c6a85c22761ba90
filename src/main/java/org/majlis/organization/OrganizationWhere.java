package org.majlis.organization;

/** Filter of {@code organizations}: a name or alias, Arabic without regard to hamza or diacritics, or English. */
public record OrganizationWhere(String name) {
}
