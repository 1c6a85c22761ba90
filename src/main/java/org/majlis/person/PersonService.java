package org.majlis.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.common.Source;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads people and the offices they held. */
@Service
@Transactional(readOnly = true)
public class PersonService {

	private final PersonRepository repository;

	PersonService(PersonRepository repository) {
		this.repository = repository;
	}

	public Window<Person> findPage(PersonWhere where, Paging paging) {
		return paging.window(repository.findPage(where, paging));
	}

	public List<Person> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}

	public Map<String, List<Position>> positionsOfPeople(Collection<String> personIds) {
		return repository.positionsOfPeople(personIds);
	}

	public Map<String, List<Position>> positionsAtOrganizations(Collection<String> organizationIds) {
		return repository.positionsAtOrganizations(organizationIds);
	}

	public Map<String, List<Source>> sources(Collection<String> ids) {
		return repository.sources(ids);
	}
}
