package org.majlis.curation;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.event.Event;
import org.majlis.organization.Organization;
import org.majlis.person.Person;
import org.majlis.place.Place;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class CurationController {

	private final CurationService curations;
	private final EntityNodes nodes;

	CurationController(CurationService curations, EntityNodes nodes) {
		this.curations = curations;
		this.nodes = nodes;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Object mergeNodes(@Argument String into, @Argument List<String> from, @Argument String note, Principal principal) {
		String survivor = curations.mergeNodes(into, from, note, principal.getName()).subjects().getFirst();
		return nodes.byId(List.of(survivor)).get(survivor);
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Curation retractFact(@Argument RetractFactInput input, Principal principal) {
		return curations.retractFact(input, principal.getName());
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Curation keepApart(@Argument String a, @Argument String b, @Argument String note, Principal principal) {
		return curations.keepApart(a, b, note, principal.getName());
	}

	@QueryMapping("curations")
	Window<Curation> curationPage(ScrollSubrange subrange) {
		return curations.curations(Paging.of(subrange));
	}

	@QueryMapping
	List<DuplicateCandidate> duplicateCandidates(@Argument String label, @Argument int first) {
		List<CandidatePair> pairs = curations.duplicateCandidates(label, first);
		Map<String, Object> byId = nodes.byId(pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).toList());
		return pairs.stream().filter(p -> byId.containsKey(p.a()) && byId.containsKey(p.b()))
			.map(p -> new DuplicateCandidate(byId.get(p.a()), byId.get(p.b()), p.score(), p.reasons())).toList();
	}

	@BatchMapping(typeName = "Person", field = "curations")
	Map<Person, List<Curation>> personCurations(List<Person> people) {
		return about(people);
	}

	@BatchMapping(typeName = "Organization", field = "curations")
	Map<Organization, List<Curation>> organizationCurations(List<Organization> organizations) {
		return about(organizations);
	}

	@BatchMapping(typeName = "Place", field = "curations")
	Map<Place, List<Curation>> placeCurations(List<Place> places) {
		return about(places);
	}

	@BatchMapping(typeName = "Event", field = "curations")
	Map<Event, List<Curation>> eventCurations(List<Event> events) {
		return about(events);
	}

	private <T> Map<T, List<Curation>> about(List<T> entities) {
		List<Curation> found = curations.about(entities.stream().map(EntityNodes::idOf).toList());
		Map<T, List<Curation>> out = new LinkedHashMap<>();
		for (T entity : entities) {
			String id = EntityNodes.idOf(entity);
			out.put(entity, found.stream().filter(c -> c.subjects().contains(id)).toList());
		}
		return out;
	}
}
