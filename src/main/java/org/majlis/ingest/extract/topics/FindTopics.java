package org.majlis.ingest.extract.topics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.TopicMention;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.findings.TopicHit;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;

/**
 * Finds the topics of the vocabulary through their surface forms (clitics and coordinating "و" tolerated), never
 * inside an organisation's name ("برنامج الأمم المتحدة لمكافحة المخدرات") or an office ("مساعد المدير للعمليات
 * والتدريب"), and gives each to the event its sentence
 * reports (a headline's to the article's first event).
 */
public final class FindTopics implements Stage {

	private final Lexicons lex;

	public FindTopics(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.ORGANIZATIONS, Finding.ENTITIES, Finding.EVENTS, Finding.DISCOURSE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.TOPICS);
	}

	@Override
	public void apply(ArticleContext a) {
		List<TopicHit> hits = new ArrayList<>();
		for (PhraseMatcher.Match<List<String>> m : lex.events.topics.findAll(a.tokens)) {
			if (insideOrganization(a, m.start(), m.end()) || a.actors.stream().anyMatch(x -> m.start() < x.end() && m.end() > x.start())) {
				continue;
			}
			int sentence = a.sentenceIndex(m.start());
			EventDraft event = m.start() < a.bodyStart && !a.events.isEmpty() ? a.events.getFirst()
					: sentence < a.governing.length ? a.governing[sentence] : null;
			for (String key : m.value()) {
				hits.add(new TopicHit(key, m.start(), m.end()));
				if (event != null) {
					event.topics.putIfAbsent(key, new TopicMention(key, a.evidence(m.start(), 1.0, "topic form: " + a.textOf(m.start(), m.end()))));
				}
			}
		}
		a.topics = List.copyOf(hits);
	}

	private static boolean insideOrganization(ArticleContext a, int start, int end) {
		return a.organizations.stream()
			.anyMatch(o -> o.kind() != OrgHit.Kind.ANAPHORA && !o.contextual() && start < o.end() && end > o.start());
	}
}
