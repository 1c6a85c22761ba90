package org.majlis.curation;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.majlis.common.Paging;
import org.majlis.query.QueryEngine;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class CurationController {

	private final CurationService curations;
	private final QueryEngine engine;

	CurationController(CurationService curations, QueryEngine engine) {
		this.curations = curations;
		this.engine = engine;
	}

	@MutationMapping
	@PreAuthorize("hasRole('WRITER')")
	Object mergeNodes(@Argument String into, @Argument List<String> from, @Argument String note, Principal principal,
			DataFetchingEnvironment environment) {
		String survivor = curations.mergeNodes(into, from, note, principal.getName()).subjects().getFirst();
		return engine.nodes(List.of(survivor), environment.getSelectionSet().getImmediateFields()).get(survivor);
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
	List<DuplicateCandidate> duplicateCandidates(@Argument String label, @Argument int first, DataFetchingEnvironment environment) {
		List<CandidatePair> pairs = curations.duplicateCandidates(label, first);
		Map<String, Map<String, Object>> byId = engine.nodes(pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.a(), p.b())).toList(),
				QueryEngine.selectedUnder(environment.getSelectionSet(), "a", "b"));
		return pairs.stream().filter(p -> byId.containsKey(p.a()) && byId.containsKey(p.b()))
			.map(p -> new DuplicateCandidate(byId.get(p.a()), byId.get(p.b()), p.score(), p.reasons())).toList();
	}
}
