package org.majlis.curation;

import org.majlis.model.NodeLabel;
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
		return TypeDescription.node(NodeLabel.CURATION).properties("id", "action", "note", "by", "at", "detail").list("subjects");
	}

	@Bean
	TypeDescription curationsOfPeople() {
		return curationsOf(NodeLabel.PERSON.label());
	}

	@Bean
	TypeDescription curationsOfOrganizations() {
		return curationsOf(NodeLabel.ORGANIZATION.label());
	}

	@Bean
	TypeDescription curationsOfPlaces() {
		return curationsOf(NodeLabel.PLACE.label());
	}

	@Bean
	TypeDescription curationsOfEvents() {
		return curationsOf(NodeLabel.EVENT.label());
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
