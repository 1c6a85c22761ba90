package org.majlis.ingest.extract.reading;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.text.SentenceSplitter;
import org.majlis.ingest.extract.text.TextCleaner;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Cleans the article ({@link TextCleaner}), splits it into tokens and sentences, and finds where the body starts:
 * the lines on top without a full stop (headlines, datelines, a page's date and source) repeat the body or describe
 * the page, and report no event of their own.
 */
public final class ReadText implements Stage {

	private static final int HEADLINE_MAX_TOKENS = 40;
	private static final int HEADLINE_MAX_LINES = 8;

	@Override
	public Set<Finding> reads() {
		return EnumSet.noneOf(Finding.class);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.TEXT);
	}

	@Override
	public void apply(ArticleContext a) {
		a.text = TextCleaner.clean(a.input);
		a.tokens = Tokenizer.tokenize(a.text);
		a.sentences = SentenceSplitter.split(a.text);
		a.sentenceOf = new int[a.tokens.size()];
		int s = 0;
		for (Token t : a.tokens) {
			while (s + 1 < a.sentences.size() && t.start() >= a.sentences.get(s).end()) {
				s++;
			}
			a.sentenceOf[t.index()] = s;
		}
		a.bodyStart = bodyStart(a.tokens);
	}

	/** The first token of the first line that is long or ends with a full stop, when the lines before it are short. */
	private static int bodyStart(List<Token> tokens) {
		int lineStart = 0;
		int lines = 0;
		while (lineStart < tokens.size() && lines < HEADLINE_MAX_LINES) {
			int end = lineStart + 1;
			while (end < tokens.size() && !tokens.get(end).lineStart()) {
				end++;
			}
			boolean fullStop = tokens.get(end - 1).is(".") && end - lineStart > 3;
			if (end - lineStart > HEADLINE_MAX_TOKENS || fullStop) {
				return lineStart;
			}
			lineStart = end;
			lines++;
		}
		return lineStart >= tokens.size() ? 0 : lineStart;
	}
}
