package org.majlis.topic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.majlis.store.StoreVocabulary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the graph's topics in step with the vocabulary {@code lexicon/topics.tsv}; the store runs it at start-up. */
@Service
class TopicService implements StoreVocabulary {

	private final TopicRepository repository;

	TopicService(TopicRepository repository) {
		this.repository = repository;
	}

	@Override
	public String key() {
		return "topics";
	}

	@Override
	public String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(TopicVocabulary.load().stream().map(TopicVocabulary::toTopic)
				.map(Topic::toString).collect(Collectors.joining("\n")).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Creates or renames the topics of the vocabulary; topics no longer listed stay, with their facts. */
	@Override
	@Transactional
	public void sync() {
		repository.sync(TopicVocabulary.load().stream().map(TopicVocabulary::toTopic).toList());
	}
}
