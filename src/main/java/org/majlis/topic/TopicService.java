package org.majlis.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads topics; keeps the graph's topics in step with the vocabulary. */
@Service
public class TopicService {

	private final TopicRepository repository;

	TopicService(TopicRepository repository) {
		this.repository = repository;
	}

	/** Creates or renames the topics of the vocabulary; topics no longer listed stay, with their facts. */
	@Transactional
	public void syncVocabulary() {
		repository.sync(TopicVocabulary.load().stream().map(TopicVocabulary::toTopic).toList());
	}

	@Transactional(readOnly = true)
	public List<Topic> findAll() {
		return repository.findAll();
	}

	/** A topic by its key ("cybercrime") or its id ("topic:cybercrime"). */
	@Transactional(readOnly = true)
	public Optional<Topic> findByKey(String keyOrId) {
		return repository.findByKey(keyOrId.startsWith("topic:") ? keyOrId.substring(6) : keyOrId);
	}

	@Transactional(readOnly = true)
	public List<Topic> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}
}
