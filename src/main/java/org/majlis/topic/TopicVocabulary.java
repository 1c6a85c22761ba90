package org.majlis.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.majlis.common.NodeIds;

import org.springframework.core.io.ClassPathResource;

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
		try {
			String tsv = new ClassPathResource(LOCATION).getContentAsString(StandardCharsets.UTF_8);
			List<Entry> entries = new ArrayList<>();
			String[] lines = tsv.split("\r?\n");
			for (int i = 1; i < lines.length; i++) {
				if (lines[i].isBlank() || lines[i].startsWith("#")) {
					continue;
				}
				String[] cells = lines[i].split("\t", -1);
				List<String> forms = new ArrayList<>();
				if (cells.length > 3) {
					for (String form : cells[3].split("[،,]")) {
						if (!form.isBlank()) {
							forms.add(form.strip());
						}
					}
				}
				entries.add(new Entry(cells[0].strip(), cells[1].strip(), cells[2].strip(), List.copyOf(forms)));
			}
			return List.copyOf(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the topic vocabulary " + LOCATION, ex);
		}
	}

	static Topic toTopic(Entry entry) {
		return new Topic(NodeIds.of(NodeIds.TOPIC, entry.key()), entry.key(), entry.name(), entry.nameEn());
	}
}
