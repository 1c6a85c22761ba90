package org.majlis.curation;

import org.majlis.query.MergedIds;
import org.majlis.query.TypeDescription;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code Curation} for the read engine, the curations seen from each curated node (newest first, found by the
 * {@code subjectText} of their subjects), and where merged ids lead ({@code :Redirect}).
 */
@Configuration(proxyBeanMethods = false)
class CurationDescriptions {

	private static final String ABOUT = "MATCH ({m}:Curation) WHERE {m}.subjectText CONTAINS '|' + {n}.id + '|'";

	@Bean
	TypeDescription curationType() {
		return TypeDescription.node("Curation", "curation:").kind(TypeDescription.NodeKind.RECORD).properties("id", "action", "note", "by", "at", "detail").list("subjects");
	}

	@Bean
	TypeDescription curationsOfPeople() {
		return curationsOf("Person");
	}

	@Bean
	TypeDescription curationsOfOrganizations() {
		return curationsOf("Organization");
	}

	@Bean
	TypeDescription curationsOfPlaces() {
		return curationsOf("Place");
	}

	@Bean
	TypeDescription curationsOfEvents() {
		return curationsOf("Event");
	}

	private static TypeDescription curationsOf(String type) {
		return TypeDescription.extend(type).many("curations", ABOUT, "Curation", "{m}.at DESC", "{m}.id DESC");
	}

	/** A merged-away id leads to its survivor through the unique index on {@code :Redirect(id)}. */
	@Bean
	MergedIds mergedIds() {
		return id -> "coalesce(head(COLLECT { MATCH (redirect:Redirect {id: " + id + "}) RETURN redirect.survivor }), " + id + ")";
	}
}
