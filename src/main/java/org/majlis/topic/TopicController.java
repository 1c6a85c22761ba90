package org.majlis.topic;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TopicController {

	private final TopicService topics;

	TopicController(TopicService topics) {
		this.topics = topics;
	}

	@QueryMapping
	List<Topic> topics() {
		return topics.findAll();
	}

	@QueryMapping
	Topic topic(@Argument String key) {
		return topics.findByKey(key).orElse(null);
	}
}
