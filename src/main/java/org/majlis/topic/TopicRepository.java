package org.majlis.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	List<Topic> findAll() {
		return neo4j.query("MATCH (t:Topic) RETURN t ORDER BY t.key")
			.fetchAs(Topic.class).mappedBy((types, record) -> Topic.fromNode(record.get("t"))).all().stream().toList();
	}

	Optional<Topic> findByKey(String key) {
		return neo4j.query("MATCH (t:Topic {key: $key}) RETURN t").bind(key).to("key")
			.fetchAs(Topic.class).mappedBy((types, record) -> Topic.fromNode(record.get("t"))).one();
	}

	List<Topic> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (t:Topic) WHERE t.id IN $ids RETURN t").bind(List.copyOf(ids)).to("ids")
			.fetchAs(Topic.class).mappedBy((types, record) -> Topic.fromNode(record.get("t"))).all().stream().toList();
	}
}
