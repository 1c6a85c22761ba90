package org.majlis.topic;

import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class TopicRepository {

	private final Neo4jClient neo4j;

	TopicRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	void sync(List<Topic> topics) {
		List<Map<String, Object>> rows = topics.stream()
			.map(t -> Map.<String, Object>of("id", t.id(), "key", t.key(), "name", t.name(), "nameEn", t.nameEn()))
			.toList();
		neo4j.query("""
				UNWIND $topics AS t
				MERGE (topic:Topic {key: t.key})
				SET topic.id = t.id, topic.name = t.name, topic.nameEn = t.nameEn,
				    topic.aliases = coalesce(topic.aliases, [])
				""").bind(rows).to("topics").run();
	}
}
