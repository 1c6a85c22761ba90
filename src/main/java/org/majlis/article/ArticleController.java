package org.majlis.article;

import java.util.List;
import java.util.Map;

import org.majlis.common.Batches;
import org.majlis.common.Paging;
import org.majlis.common.Source;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class ArticleController {

	private final ArticleService articles;

	ArticleController(ArticleService articles) {
		this.articles = articles;
	}

	@QueryMapping
	Window<Article> articles(ScrollSubrange subrange) {
		return articles.findPage(Paging.of(subrange));
	}

	/** Every {@code Source.article} of a request in one query. */
	@BatchMapping(typeName = "Source", field = "article")
	Map<Source, Article> article(List<Source> sources) {
		return Batches.byId(sources, Source::articleId, ids -> Batches.indexById(articles.findByIds(ids), Article::id));
	}
}
