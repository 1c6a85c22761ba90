package org.majlis.bench;

import java.text.Normalizer;
import java.time.LocalDate;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The arguments of the six questions, chosen from the graph as a researcher would pick the interesting cases: the
 * topic with the most events, the person who attended the most, the organisation with the most offices, that
 * person's name typed without hamza, the country with the most events, and a ten-year range.
 */
record QuestionParameters(String topic, String person, String organization, String nameWithoutHamza, String country,
		LocalDate from, LocalDate to) {

	static final LocalDate FROM = LocalDate.of(2010, 1, 1);
	static final LocalDate TO = LocalDate.of(2019, 12, 31);

	static QuestionParameters choose(Driver driver) {
		String topic = one(driver, """
				MATCH (t:Topic) RETURN t.key AS value ORDER BY COUNT { (t)<-[:ABOUT]-() } DESC, t.key LIMIT 1""").asString();
		Record person = driver.executableQuery("""
				MATCH (p:Person) WHERE p.name =~ '^[أإآ].*'
				RETURN p.id AS id, p.name AS name ORDER BY COUNT { (p)-[:ATTENDED]->() } DESC, p.id LIMIT 1""")
			.execute().records().getFirst();
		String organization = one(driver, """
				MATCH (o:Organization) RETURN o.id AS value ORDER BY COUNT { (o)<-[:HOLDS_POSITION]-() } DESC, o.id LIMIT 1""")
			.asString();
		String country = one(driver, """
				MATCH (c:Place {kind: 'COUNTRY'})
				RETURN c.id AS value ORDER BY COUNT { (c)<-[:IN_COUNTRY*0..1]-(:Place)<-[:HELD_IN]-(:Event) } DESC, c.id LIMIT 1""")
			.asString();
		return new QuestionParameters(topic, person.get("id").asString(), organization, withoutHamza(person.get("name").asString()),
				country, FROM, TO);
	}

	/** The name as people type it without hamza: أ إ آ become ا, ؤ becomes و, ئ becomes ي. */
	static String withoutHamza(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[أإآ]", "ا").replace('ؤ', 'و').replace('ئ', 'ي');
	}

	private static org.neo4j.driver.Value one(Driver driver, String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("value");
	}
}
