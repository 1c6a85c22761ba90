package org.majlis.ingest;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlTesting;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** extractArticle, the dry run, through the public API over a store that holds one ingested article (invented people). */
@EmptyStoreTest
class ExtractArticleTests {

	static final String KNOWN = "استقبل اللواء مروان صالح الدباغ، مدير عام الأمن العام، في العاصمة عمّان يوم 3 فبراير 2025 "
			+ "وفدا من المنظمة الدولية للشرطة الجنائية لبحث مكافحة المخدرات.";

	static final String NEW = "شارك اللواء مروان صالح الدباغ مدير عام الأمن العام في مؤتمر إقليمي لمكافحة الجرائم الإلكترونية "
			+ "عقد في مدينة العقبة يوم الأحد 9 مارس 2025، بحضور العقيد نبيل فارس الخطيب مدير إدارة البحث الجنائي.\n"
			+ "ونظم المؤتمر المنظمة الدولية للشرطة الجنائية.";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	/** The dry run of the test document extractArticle.graphql, sent without a token. */
	private GraphQlTester.Response preview(String text, String publishedAt) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("text", text);
		variables.put("publishedAt", publishedAt);
		return graphQl.documentName("extractArticle").variables(variables).execute();
	}

	private JsonNode previewed(String text, String publishedAt) {
		return preview(text, publishedAt).path("extractArticle").entity(JsonNode.class).get();
	}

	/** The first error of a dry run that must fail, after checking that the answer shows no internals. */
	private ResponseError refused(String text, String publishedAt) {
		return GraphQlTesting.refused(preview(text, publishedAt)).getFirst();
	}

	private void ingestKnown() {
		GraphQlTesting.writer(graphQl).documentName("ingestArticle")
			.variable("input", Map.of("text", KNOWN, "publishedAt", "2025-02-03")).execute()
			.path("ingestArticle.article.id").hasValue();
	}

	private static JsonNode named(JsonNode items, String name) {
		for (JsonNode item : items) {
			if (item.get("name").asString().equals(name)) {
				return item;
			}
		}
		throw new AssertionError(name + " not in " + items);
	}

	@Test
	void shouldShowWhatAnArticleWouldAddWithoutATokenAndWriteNothing() {
		ingestKnown();
		long nodes = TestStore.count(driver, "MATCH (n) RETURN count(n)");
		long relationships = TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)");
		JsonNode preview = previewed(NEW, "2025-03-10");
		assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodes);
		assertThat(TestStore.count(driver, "MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
		assertThat(preview.get("publishedAt").asString()).isEqualTo("2025-03-10");
		JsonNode known = named(preview.get("people"), "مروان صالح الدباغ");
		String knownId = driver.executableQuery("MATCH (p:Person) WHERE p.name = 'مروان صالح الدباغ' RETURN p.id").execute().records()
			.getFirst().get(0).asString();
		assertThat(known.at("/resolution/existing").asBoolean()).isTrue();
		assertThat(known.at("/resolution/id").asString()).isEqualTo(knownId);
		assertThat(known.at("/resolution/existingName").asString()).isEqualTo("مروان صالح الدباغ");
		JsonNode newcomer = named(preview.get("people"), "نبيل فارس الخطيب");
		assertThat(newcomer.at("/resolution/existing").asBoolean()).isFalse();
		assertThat(newcomer.at("/resolution/id").asString()).startsWith("person:");
		assertThat(newcomer.get("ranks").get(0).asString()).isEqualTo("العقيد");
		assertThat(preview.get("newNodes").asInt()).isPositive();
		assertThat(preview.get("existingNodes").asInt()).isPositive();
		assertThat(previewed(NEW, "2025-03-10").at("/people/1/resolution/existing").asBoolean())
			.as("a preview run twice still finds the newcomer new").isFalse();
	}

	@Test
	void shouldGiveEveryItemItsSentenceRuleAndConfidence() {
		JsonNode preview = previewed(NEW, "2025-03-10");
		JsonNode event = preview.get("events").get(0);
		assertThat(event.get("kind").asString()).isEqualTo("CONFERENCE");
		assertThat(event.get("start").asString()).isEqualTo("2025-03-09");
		assertThat(event.at("/place/lexiconKey").asString()).isEqualTo("aqaba");
		assertThat(event.at("/resolution/existing").asBoolean()).isFalse();
		assertThat(preview.get("attendances")).hasSize(2).allSatisfy(a -> {
			assertThat(a.at("/event/ref").asString()).isEqualTo(event.get("ref").asString());
			assertThat(a.at("/why/sentence").asString()).contains("بحضور العقيد نبيل فارس الخطيب");
			assertThat(a.at("/why/rule").asString()).isNotBlank();
			assertThat(a.at("/why/confidence").asDouble()).isBetween(0.5, 1.0);
		});
		assertThat(preview.get("positions")).anySatisfy(p -> {
			assertThat(p.get("title").asString()).isEqualTo("مدير");
			assertThat(p.at("/organization/name").asString()).isEqualTo("إدارة البحث الجنائي");
			assertThat(p.at("/why/rule").asString()).isNotBlank();
		});
		assertThat(preview.get("organizers")).singleElement().satisfies(o -> {
			assertThat(o.at("/organization/name").asString()).isEqualTo("المنظمة الدولية للشرطة الجنائية");
			assertThat(o.at("/why/rule").asString()).isNotBlank();
		});
		assertThat(preview.get("topics")).anySatisfy(t -> {
			assertThat(t.get("key").asString()).isEqualTo("cybercrime");
			assertThat(t.at("/why/sentence").asString()).contains("الجرائم الإلكترونية");
		});
		assertThat(preview.get("places")).anySatisfy(p -> {
			assertThat(p.get("lexiconKey").asString()).isEqualTo("aqaba");
			assertThat(p.at("/country/lexiconKey").asString()).isEqualTo("jordan");
		});
		JsonNode security = named(preview.get("organizations"), "الأمن العام");
		assertThat(security.get("national").asBoolean()).isTrue();
		assertThat(security.at("/country/lexiconKey").asString()).isEqualTo("jordan");
	}

	@Test
	void shouldResolveAnOfficeNamedWithoutItsHolderToTheHolderInTheArticle() {
		JsonNode preview = previewed("ترأس العميد فيصل حمدان الزرعوني رئيس الاتحاد العربي للشرطة الرياضية اجتماع المكتب التنفيذي للاتحاد "
				+ "في أبوظبي يوم 4 مايو 2025.\nوأكد رئيس الاتحاد العربي للشرطة الرياضية أهمية التعاون.", null);
		assertThat(preview.get("people")).singleElement().satisfies(p -> assertThat(p.get("name").asString()).isEqualTo("فيصل حمدان الزرعوني"));
		assertThat(preview.get("attendances")).allSatisfy(a -> assertThat(a.at("/person/name").asString()).isEqualTo("فيصل حمدان الزرعوني"));
	}

	@Test
	void shouldRefuseBadInputWithAClearErrorAndNoStackTrace() {
		Map<String, String> expected = Map.of("", "empty", "Lyon hosted INTERPOL.", "no Arabic", "نص\u0000ثنائي", "control or binary");
		expected.forEach((text, message) -> {
			ResponseError error = refused(text, null);
			assertThat(error.getMessage()).containsIgnoringCase(message);
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		});
		assertThat(refused("شارك العميد في اجتماع.", "2025-02-30").getMessage()).contains("day out of range");
		assertThat(refused("ا".repeat(IngestService.maxCharacters() + 1), null).getMessage()).contains("the limit is");
	}
}
