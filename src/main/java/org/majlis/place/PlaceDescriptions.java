package org.majlis.place;

import org.majlis.model.NodeLabel;
import org.majlis.query.RootField;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code Place} type once for the whole service: countries, cities, regions and venues, and the country a place lies in. */
@Configuration(proxyBeanMethods = false)
class PlaceDescriptions {

	@Bean
	TypeDescription placeType() {
		return TypeDescription.node(NodeLabel.PLACE)
			.properties("id", "name", "nameEn")
			.list("aliases")
			.value("kind", "coalesce({n}.kind, 'CITY')")
			.one("country", "MATCH ({n})-[:IN_COUNTRY]->({m}:Place)", "Place")
			.sortKey("NAME", "{m}.name", false)
			.defaultOrder("NAME", false);
	}

	@Bean
	RootField placesRoot() {
		return RootField.list("places", "Place");
	}
}
