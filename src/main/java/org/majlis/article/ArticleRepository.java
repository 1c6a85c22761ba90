package org.majlis.article;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.majlis.common.Paging;
import org.majlis.common.PartialDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

	private final Neo4jClient neo4j;

	ArticleRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Article> findPage(Paging paging) {
		return neo4j.query("""
				MATCH (a:Article)
				RETURN a ORDER BY a.publishedAt DESC, a.id SKIP $offset LIMIT $limit
				""").bindAll(Map.of("offset", paging.offset(), "limit", paging.fetchSize()))
			.fetchAs(Article.class).mappedBy(ArticleRepository::article).all().stream().toList();
	}

	List<Article> findByIds(Collection<String> ids) {
		return neo4j.query("MATCH (a:Article) WHERE a.id IN $ids RETURN a").bind(ids).to("ids")
			.fetchAs(Article.class).mappedBy(ArticleRepository::article).all().stream().toList();
	}

	static Article article(TypeSystem types, Record record) {
		Value a = record.get("a");
		Value ingested = a.get("ingestedAt");
		return new Article(a.get("id").asString(), a.get("url").asString(null), a.get("title").asString(null),
				PartialDate.parseOrNull(a.get("publishedAt").asString(null)), a.get("language").asString("ar"),
				a.get("sourceName").asString(null),
				ingested.isNull() ? null : ingested.asZonedDateTime(ZonedDateTime.now()).toOffsetDateTime());
	}
}
