package org.majlis.article;

import java.util.Collection;
import java.util.List;

import org.majlis.common.Paging;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	private final ArticleRepository repository;

	ArticleService(ArticleRepository repository) {
		this.repository = repository;
	}

	public Window<Article> findPage(Paging paging) {
		return paging.window(repository.findPage(paging));
	}

	public List<Article> findByIds(Collection<String> ids) {
		return repository.findByIds(ids);
	}
}
