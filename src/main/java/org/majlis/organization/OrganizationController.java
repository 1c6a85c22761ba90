package org.majlis.organization;

import java.util.List;
import java.util.Map;

import org.majlis.common.Batches;
import org.majlis.common.Paging;
import org.majlis.common.Source;
import org.majlis.place.Place;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class OrganizationController {

	private final OrganizationService organizations;

	OrganizationController(OrganizationService organizations) {
		this.organizations = organizations;
	}

	@QueryMapping
	Window<Organization> organizations(@Argument OrganizationWhere where, ScrollSubrange subrange) {
		return organizations.findPage(where, Paging.of(subrange));
	}

	@BatchMapping
	Map<Organization, Place> country(List<Organization> orgs) {
		return Batches.byId(orgs, Organization::id, organizations::countries);
	}

	@BatchMapping
	Map<Organization, Organization> parent(List<Organization> orgs) {
		return Batches.byId(orgs, Organization::id, organizations::parents);
	}

	@BatchMapping
	Map<Organization, List<Source>> sources(List<Organization> orgs) {
		return Batches.listsById(orgs, Organization::id, organizations::sources);
	}
}
