package org.majlis.query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every module's {@link TypeDescription}s, merged per type: the one place the engine, the Node type resolver and
 * the explorers' readers learn labels, id prefixes, relations and sort keys from.
 */
@Component
public class TypeDescriptions {

	private final Map<String, TypeDescription> byName = new LinkedHashMap<>();

	public TypeDescriptions(List<TypeDescription> descriptions) {
		for (TypeDescription description : descriptions) {
			byName.merge(description.name(), description, TypeDescription::merge);
		}
		byName.values().forEach(description -> {
			if (description.graphQlType() == null) {
				throw new IllegalStateException(description.name() + " is extended but no module describes the type itself");
			}
		});
	}

	/** The description of this name (a GraphQL type's name, or {@code Source@fact} for a second reading of one). */
	public TypeDescription get(String name) {
		TypeDescription description = byName.get(name);
		if (description == null) {
			throw new IllegalStateException("No module describes " + name);
		}
		return description;
	}

	/** Every description. */
	public Collection<TypeDescription> all() {
		return byName.values();
	}

	/** The node types, those with a label. */
	public List<TypeDescription> nodeTypes() {
		return byName.values().stream().filter(d -> d.label() != null).toList();
	}

	/** The labels of the node types of these kinds, in the order the modules describe them. */
	public List<String> labels(TypeDescription.NodeKind... kinds) {
		List<TypeDescription.NodeKind> wanted = List.of(kinds);
		return nodeTypes().stream().filter(d -> wanted.contains(d.kind())).map(TypeDescription::label).toList();
	}

	/** The node type whose ids start with the prefix of this id ({@code person:…}), if any. */
	public Optional<TypeDescription> ofId(String id) {
		int colon = id == null ? -1 : id.indexOf(':');
		if (colon < 0) {
			return Optional.empty();
		}
		String prefix = id.substring(0, colon + 1);
		return nodeTypes().stream().filter(d -> prefix.equals(d.idPrefix())).findFirst();
	}

	/** The GraphQL object types the engine reads. */
	public List<String> graphQlTypes() {
		return byName.values().stream().map(TypeDescription::graphQlType).distinct().toList();
	}
}
