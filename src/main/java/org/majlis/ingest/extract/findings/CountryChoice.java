package org.majlis.ingest.extract.findings;

/** The country of a national body's mention (a gazetteer key) and the rule that chose it. */
public record CountryChoice(String country, String rule) {

	/** How a rule that gives a body the article's own country, for want of anything the text says of it, starts. */
	public static final String ARTICLE_COUNTRY = "the article's country: ";

	/** The article's country given to a body the text says nothing of: evidence another article may overrule. */
	public static CountryChoice assumed(String country, String how) {
		return new CountryChoice(country, ARTICLE_COUNTRY + how);
	}

	public boolean isAssumed() {
		return rule != null && rule.startsWith(ARTICLE_COUNTRY);
	}
}
