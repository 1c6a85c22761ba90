package org.majlis.ingest.extract.findings;

/** The country of a national body's mention (a gazetteer key) and the rule that chose it. */
public record CountryChoice(String country, String rule) {
}
