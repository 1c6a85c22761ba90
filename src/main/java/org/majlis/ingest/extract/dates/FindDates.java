package org.majlis.ingest.extract.dates;

import java.util.EnumSet;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.Lexicons;

/** Finds every date of the article (see {@link DateReader}), relative words counted from the reference date. */
public final class FindDates implements Stage {

	private final DateReader reader;

	public FindDates(Lexicons lex) {
		this.reader = new DateReader(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.DATELINE);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.DATES);
	}

	@Override
	public void apply(ArticleContext a) {
		a.dates = reader.read(a.tokens, a.reference);
	}
}
