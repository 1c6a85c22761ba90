package org.majlis.organization;

import org.majlis.model.NodeLabel;
import org.majlis.query.Condition;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code Organization} type once for the whole service: its label, properties, country and parent body, order and filters. */
@Configuration(proxyBeanMethods = false)
class OrganizationDescriptions {

	@Bean
	TypeDescription organizationType() {
		return TypeDescription.node(NodeLabel.ORGANIZATION)
			.properties("id", "name", "nameEn", "acronym")
			.list("aliases")
			.one("country", "MATCH ({n})-[:IN_COUNTRY]->({m}:Place)", "Place")
			.one("parent", "MATCH ({n})-[:PART_OF]->({m}:Organization)", "Organization")
			.sortKey("NAME", "{m}.name", false)
			.defaultOrder("NAME", false)
			.condition("country", Condition.onNode("EXISTS { ({m})-[:IN_COUNTRY]->(:Place {id: {v}}) }",
					"MATCH ({m}:Organization)-[:IN_COUNTRY]->(:Place {id: {v}})"))
			.condition("name", Condition.words());
	}

	@Bean
	RootField organizationsRoot() {
		return RootField.list("organizations", "Organization");
	}
}
