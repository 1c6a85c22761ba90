package org.majlis.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.common.Source;
import org.majlis.place.Place;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads organisations. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

	private final OrganizationRepository repository;

	OrganizationService(OrganizationRepository repository) {
		this.repository = repository;
	}

	public Window<Organization> findPage(OrganizationWhere where, Paging paging) {
		return paging.window(repository.findPage(where, paging));
	}

	public List<Organization> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}

	public Map<String, Place> countries(Collection<String> ids) {
		return repository.countries(ids);
	}

	public Map<String, Organization> parents(Collection<String> ids) {
		return repository.parents(ids);
	}

	public Map<String, List<Source>> sources(Collection<String> ids) {
		return repository.sources(ids);
	}
}
