package org.majlis.topic;

import java.util.List;

import org.majlis.common.LexiconTable;
import org.majlis.model.NodeLabel;

/**
 * Reads the topic vocabulary: {@code lexicon/topics.tsv}, one topic a line after a header
 * (key, English name, Arabic name, surface forms separated by "،").
 */
public final class TopicVocabulary {

	public static final String LOCATION = "lexicon/topics.tsv";

	/** A vocabulary entry with the surface forms news use for it. */
	public record Entry(String key, String nameEn, String name, List<String> surfaceForms) {
	}

	private TopicVocabulary() {
	}

	public static List<Entry> load() {
		return LexiconTable.load("topics").rows().stream()
			.map(row -> new Entry(row.get("key"), row.get("english"), row.get("arabic"), row.list("some surface forms seen in news")))
			.toList();
	}

	static Topic toTopic(Entry entry) {
		return new Topic(NodeLabel.TOPIC.id(entry.key()), entry.key(), entry.name(), entry.nameEn());
	}
}
