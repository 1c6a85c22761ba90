package org.majlis.topic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads topics; keeps the graph's topics in step with the vocabulary. */
@Service
public class TopicService {

	private final TopicRepository repository;

	TopicService(TopicRepository repository) {
		this.repository = repository;
	}

	/** A digest of the vocabulary file: when the store recorded the same one, syncing it again would change nothing. */
	public String vocabularyChecksum() {
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
	@Transactional
	public void syncVocabulary() {
		repository.sync(TopicVocabulary.load().stream().map(TopicVocabulary::toTopic).toList());
	}
}
