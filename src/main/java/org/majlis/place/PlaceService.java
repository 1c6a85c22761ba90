package org.majlis.place;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads places. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

	private final PlaceRepository repository;

	PlaceService(PlaceRepository repository) {
		this.repository = repository;
	}

	public Window<Place> findPage(Paging paging) {
		return paging.window(repository.findPage(paging));
	}

	public List<Place> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}

	/** The country of each place that lies in one, by place id. */
	public Map<String, Place> countries(Collection<String> placeIds) {
		return repository.countries(placeIds);
	}
}
