package org.majlis.person;

import java.util.List;
import java.util.Map;

import org.majlis.common.Batches;
import org.majlis.common.Paging;
import org.majlis.common.Source;
import org.majlis.organization.Organization;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/** {@code Person} and {@code Position}, and the offices seen from an {@code Organization}. */
@Controller
class PersonController {

	private final PersonService people;

	PersonController(PersonService people) {
		this.people = people;
	}

	@QueryMapping
	Window<Person> people(@Argument PersonWhere where, ScrollSubrange subrange) {
		return people.findPage(where, Paging.of(subrange));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Position>> positions(List<Person> persons) {
		return Batches.listsById(persons, Person::id, people::positionsOfPeople);
	}

	@BatchMapping(typeName = "Organization", field = "positions")
	Map<Organization, List<Position>> organizationPositions(List<Organization> orgs) {
		return Batches.listsById(orgs, Organization::id, people::positionsAtOrganizations);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, List<Source>> sources(List<Person> persons) {
		return Batches.listsById(persons, Person::id, people::sources);
	}
}
