package org.majlis.ingest.extract;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the topics of the vocabulary through their surface forms (clitics and coordinating "و" tolerated),
 * never inside an organisation's name.
 */
final class TopicReader {

	record TopicHit(String key, int start, int end) {
	}

	private final Lexicons lex;

	TopicReader(Lexicons lex) {
		this.lex = lex;
	}

	/** The first hit of every topic, in text order. */
	List<TopicHit> read(List<Token> tokens, BitSet insideOrganizations) {
		Map<String, TopicHit> first = new LinkedHashMap<>();
		for (PhraseMatcher.Match<String> m : lex.topics.findAll(tokens)) {
			int inside = insideOrganizations.nextSetBit(m.start());
			if (inside >= 0 && inside < m.end()) {
				continue;
			}
			first.putIfAbsent(m.value(), new TopicHit(m.value(), m.start(), m.end()));
		}
		return List.copyOf(first.values());
	}
}
