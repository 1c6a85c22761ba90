package org.majlis.place;

import java.util.List;
import java.util.Map;

import org.majlis.common.Batches;
import org.majlis.common.Paging;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class PlaceController {

	private final PlaceService places;

	PlaceController(PlaceService places) {
		this.places = places;
	}

	@QueryMapping
	Window<Place> places(ScrollSubrange subrange) {
		return places.findPage(Paging.of(subrange));
	}

	@BatchMapping
	Map<Place, Place> country(List<Place> children) {
		return Batches.byId(children, Place::id, places::countries);
	}
}
