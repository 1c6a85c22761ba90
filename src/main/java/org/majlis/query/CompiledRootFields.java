package org.majlis.query;

import java.util.Set;

/** The names of the {@code Query} fields the engine answers; their merged ids are resolved inside the statement. */
public record CompiledRootFields(Set<String> names) {

	public boolean contains(String field) {
		return names.contains(field);
	}
}
