package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;
import org.majlis.model.NodeLabel;
import org.majlis.store.CountryChanges;
import org.majlis.store.DerivedProperties;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One article, extracted, resolved and written in a single transaction: all of it or nothing. */
@Component
class ArticleIngestion {

	private final ArticleExtractor extractor;
	private final EntityResolver resolver;
	private final Attendees attendees;
	private final GraphWriter writer;
	private final DerivedProperties derived;
	private final Neo4jClient neo4j;

	ArticleIngestion(ArticleExtractor extractor, EntityResolver resolver, Attendees attendees, GraphWriter writer,
			DerivedProperties derived, Neo4jClient neo4j) {
		this.extractor = extractor;
		this.resolver = resolver;
		this.attendees = attendees;
		this.writer = writer;
		this.derived = derived;
		this.neo4j = neo4j;
	}

	@Transactional
	IngestResult ingest(IngestArticleInput input) {
		String hash = ContentHash.of(input.text());
		Optional<String> existing = neo4j.query("MATCH (a:Article {contentHash: $hash}) RETURN a.id").bind(hash).to("hash")
			.fetchAs(String.class).one();
		if (existing.isPresent()) {
			return duplicate(existing.get());
		}
		ArticleExtraction article = extractor.extract(input.text(), input.publishedAt());
		PartialDate publishedAt = input.publishedAt() != null ? input.publishedAt() : article.publishedAt();
		String articleId = NodeLabel.ARTICLE.id(hash.substring(0, 16));
		Resolution ids = resolver.resolve(article);
		List<Value> written = writer.writeArticle(articleId, hash, input, publishedAt, article, ids);
		CountryChanges changes = writer.writeFacts(articleId, article, ids, publishedAt);
		writer.writeAttendance(articleId, attendees.of(article, ids, publishedAt));
		derived.refreshWritten(written, changes);
		return new IngestResult(articleId, false, idsOf(article.people().stream().map(p -> p.ref()).toList(), ids),
				idsOf(article.organizations().stream().map(o -> o.ref()).toList(), ids),
				idsOf(article.events().stream().map(e -> e.ref()).toList(), ids), ids.createdCount(), ids.mergedCount());
	}

	private IngestResult duplicate(String articleId) {
		return new IngestResult(articleId, true, idsMentionedIn(articleId, NodeLabel.PERSON), idsMentionedIn(articleId, NodeLabel.ORGANIZATION),
				idsMentionedIn(articleId, NodeLabel.EVENT), 0, 0);
	}

	private List<String> idsMentionedIn(String articleId, NodeLabel label) {
		return List.copyOf(neo4j.query("MATCH (n:%s)-[:MENTIONED_IN]->(:Article {id: $id}) RETURN n.id ORDER BY n.id".formatted(label.label()))
			.bind(articleId).to("id").fetchAs(String.class).all());
	}

	private static List<String> idsOf(List<String> refs, Resolution ids) {
		List<String> out = new ArrayList<>();
		refs.forEach(ref -> {
			String id = ids.id(ref);
			if (id != null && !out.contains(id)) {
				out.add(id);
			}
		});
		return out;
	}
}
