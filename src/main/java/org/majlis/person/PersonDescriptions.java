package org.majlis.person;

import java.util.Map;

import org.majlis.model.NodeLabel;
import org.majlis.query.Condition;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code Person} type once for the whole service, and the offices ({@code HOLDS_POSITION}) this module owns:
 * {@code Position}, and the offices seen from a person and from an organisation.
 */
@Configuration(proxyBeanMethods = false)
class PersonDescriptions {

	@Bean
	TypeDescription personType() {
		return TypeDescription.node(NodeLabel.PERSON)
			.properties("id", "name", "nameEn")
			.list("aliases")
			.list("ranks")
			// a person's offices unordered (ordering them was a third of the headline query's work); the connection orders them
			.manyPaged("positions", "positionsConnection", "MATCH ({n})-[{rel}:HOLDS_POSITION]->({org}:Organization)", "Position",
					Map.of("person", "n", "rel", "rel", "org", "org"))
			.sortKey("NAME", "{m}.name", false)
			.defaultOrder("NAME", false)
			.condition("organization", Condition.onNode("EXISTS { ({m})-[:HOLDS_POSITION]->(:Organization {id: {v}}) }",
					"MATCH ({m}:Person)-[:HOLDS_POSITION]->(:Organization {id: {v}})"))
			.condition("name", Condition.words())
			.condition("rank", Condition.of("{v} IN coalesce({m}.ranks, [])", value -> value.toString().isBlank() ? null : value.toString().strip()));
	}

	@Bean
	TypeDescription positionType() {
		return TypeDescription.shape("Position", "Position")
			.bound("person", "Person", Map.of("n", "person"))
			.bound("organization", "Organization", Map.of("n", "org"))
			.value("title", "{rel}.title")
			.value("titleEn", "{rel}.titleEn")
			.value("from", "{rel}.from")
			.value("to", "{rel}.to")
			.factSources("sources")
			// a connection of offices: latest first, then by title; the relationship's id makes the order total
			.sortKey("FROM", "{rel}.from", true)
			.sortKey("TITLE", "{rel}.title", false)
			.defaultOrder("FROM", true)
			.defaultOrder("TITLE", false)
			.tieBreaker("elementId({rel})");
	}

	@Bean
	TypeDescription positionsAtOrganizations() {
		return TypeDescription.extend(NodeLabel.ORGANIZATION.label())
			.manyPaged("positions", "positionsConnection", "MATCH ({person}:Person)-[{rel}:HOLDS_POSITION]->({n})", "Position",
					Map.of("person", "person", "rel", "rel", "org", "n"), "{rel}.from DESC", "{rel}.title", "{person}.name");
	}

	@Bean
	RootField peopleRoot() {
		return RootField.list("people", "Person");
	}
}
