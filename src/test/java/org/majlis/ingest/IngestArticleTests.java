package org.majlis.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;
import org.majlis.GraphQlTesting;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ingestArticle through the public API, with articles written for these tests (invented people): through the GraphQL
 * tester with the write token, and as plain HTTP where the token itself is tested.
 */
@EmptyStoreTest
class IngestArticleTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	private static Map<String, Object> input(String text, String publishedAt) {
		Map<String, Object> input = new HashMap<>();
		input.put("text", text);
		input.put("publishedAt", publishedAt);
		input.put("url", "test:" + Math.abs(text.hashCode()));
		return Map.of("input", input);
	}

	/** The answer to ingestArticle sent with the write token, errors and all. */
	private GraphQlTester.Response ingest(String text, String publishedAt) {
		return GraphQlTesting.writer(graphQl).documentName("ingestArticle").variables(input(text, publishedAt)).execute();
	}

	private JsonNode ingested(String text, String publishedAt) {
		return ingest(text, publishedAt).path("ingestArticle").entity(JsonNode.class).get();
	}

	/** The first error of an ingestion that must fail. */
	private ResponseError refused(String text, String publishedAt) {
		List<ResponseError> errors = GraphQlTesting.errors(ingest(text, publishedAt));
		assertThat(errors).as(text).isNotEmpty();
		return errors.getFirst();
	}

	@Test
	void shouldRefuseToWriteWithoutAValidTokenAndWriteNothing() {
		long before = TestStore.count(driver, "MATCH (n) RETURN count(n)");
		String text = "شارك العميد ماجد فهد السويدي في اجتماع إقليمي عقد في مدينة مسقط يوم 2 مايو 2025.";
		List<ResponseError> anonymous = GraphQlTesting.errors(graphQl.documentName("ingestArticle").variables(input(text, null)).execute());
		assertThat(anonymous).isNotEmpty();
		assertThat(anonymous.getFirst().getExtensions()).containsEntry("classification", "UNAUTHORIZED");
		GraphQlHttp.Response wrongToken = http.post(GraphQlHttp.INGEST_ARTICLE, input(text, null), "not-the-token");
		assertThat(wrongToken.status()).isEqualTo(401);
		assertThat(wrongToken.errors().get(0).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(before);
	}

	@Test
	void shouldStoreTheSameTextOnceAndAnswerDuplicate() {
		String text = "حضر اللواء يوسف حمد العتيبي مؤتمر قادة الشرطة الخليجيين في مدينة الكويت يوم 10 يناير 2025.";
		JsonNode first = ingested(text, "2025-01-11");
		JsonNode second = ingested(text + "\n\n", "2025-01-11");
		assertThat(first.get("duplicate").asBoolean()).isFalse();
		assertThat(second.get("duplicate").asBoolean()).isTrue();
		assertThat(second.at("/article/id").asString()).isEqualTo(first.at("/article/id").asString());
		assertThat(second.get("people")).hasSize(first.get("people").size());
		assertThat(TestStore.count(driver, "MATCH (a:Article {url: 'test:" + Math.abs(text.hashCode()) + "'}) RETURN count(a)")).isEqualTo(1);
	}

	@Test
	void shouldRefuseBadInputWithAClearErrorAndWriteNothing() {
		long before = TestStore.count(driver, "MATCH (n) RETURN count(n)");
		Map<String, String> cases = Map.of(
				"", "empty",
				"INTERPOL met in Lyon on 3 May 2025.", "no Arabic",
				"نص عربي " + "أ".repeat(IngestService.maxCharacters()), "limit",
				"نص عربي \u0000\u0007 مع بايتات", "control",
				"نص عربي \u202E معكوس", "control");
		cases.forEach((text, expected) -> {
			ResponseError error = refused(text, null);
			assertThat(error.getMessage()).as(expected).containsIgnoringCase(expected);
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
		});
		assertThat(refused("اجتماع أمني في عمان", "2025-02-30").getMessage()).contains("day out of range");
		assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(before);
	}

	@Test
	void shouldKeepOnePersonSpelledTwoWaysAcrossArticles() {
		JsonNode first = ingested("شارك العقيد خالد عبدالله المنصوري مدير إدارة التعاون الدولي في اجتماع الإنتربول الإقليمي "
				+ "حول الجرائم الإلكترونية الذي عقد في مدينة الرباط يوم 14 أكتوبر 2025.", "2025-10-15");
		JsonNode second = ingested("حضر العقيد خالد عبد الله المنصوري ورشة عمل حول غسل الأموال نظمتها جامعة نايف العربية للعلوم الأمنية "
				+ "في مدينة الرياض يوم 20 نوفمبر 2025.", "2025-11-21");
		String id = first.at("/people/0/id").asString();
		assertThat(second.at("/people/0/id").asString()).isEqualTo(id);
		assertThat(TestStore.count(driver, "MATCH (p:Person) WHERE p.name CONTAINS 'المنصوري' RETURN count(p)")).isEqualTo(1);
		graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { aliases attended { kind } } } }").variable("id", id).execute()
			.path("node.attended").entityList(Object.class).hasSize(2);
	}

	@Test
	void shouldTakeANameOneSlipFromAKnownOfficeHoldersForThemOnlyWhenNamedWithTheSameOffice() {
		JsonNode first = ingested("شارك الأمين العام لمجلس وزراء الداخلية العرب الدكتور محمد بن سعيد الظاهري في المؤتمر الإقليمي "
				+ "لمكافحة المخدرات الذي عقد في مدينة الرياض يوم 3 مايو 2025.", "2025-05-04");
		JsonNode slip = ingested("حضر الأمين العام لمجلس وزراء الداخلية العرب حمد بن سعيد الظاهري اجتماعا لقادة الشرطة في مدينة تونس "
				+ "يوم 9 يونيو 2025.", "2025-06-10");
		assertThat(slip.at("/people/0/id").asString()).isEqualTo(first.at("/people/0/id").asString());

		JsonNode known = ingested("شارك الأمين العام لمجلس وزراء الداخلية العرب محمد بن راشد الكتبي في ندوة عن أمن الحدود "
				+ "عقدت في مدينة الكويت يوم 2 يوليو 2025.", "2025-07-03");
		JsonNode other = ingested("شارك العقيد حمد بن راشد الكتبي مدير إدارة المرور في ورشة عمل عن السلامة المرورية في مدينة العين "
				+ "يوم 12 يوليو 2025.", "2025-07-13");
		assertThat(other.at("/people/0/id").asString()).isNotEqualTo(known.at("/people/0/id").asString());
		assertThat(TestStore.count(driver, "MATCH (p:Person) WHERE p.name ENDS WITH 'بن سعيد الظاهري' RETURN count(p)")).isEqualTo(1);
		assertThat(TestStore.count(driver, "MATCH (p:Person) WHERE p.name ENDS WITH 'بن راشد الكتبي' RETURN count(p)")).isEqualTo(2);
	}

	@Test
	void shouldTakeAShortFormOfAKnownOfficeHoldersNameForThemInEitherOrder() {
		JsonNode full = ingested("شارك وزير الداخلية البحريني الشيخ سلمان يعقوب حمد الفارس في اجتماع وزراء الداخلية الخليجيين "
				+ "الذي عقد في مدينة الدوحة يوم 5 مارس 2025.", "2025-03-06");
		JsonNode shortAfter = ingested("استقبل وزير الداخلية البحريني الشيخ سلمان اليعقوب وفدا من الإنتربول في مدينة المنامة "
				+ "يوم 20 مارس 2025.", "2025-03-21");
		assertThat(shortAfter.at("/people/0/id").asString()).isEqualTo(full.at("/people/0/id").asString());

		JsonNode shortFirst = ingested("شارك وزير الداخلية العماني ناصر منصور في مؤتمر أمن الحدود الذي عقد في مدينة مسقط "
				+ "يوم 2 أبريل 2025.", "2025-04-03");
		JsonNode fullAfter = ingested("حضر وزير الداخلية العماني ناصر منصور سالم الخرجي ندوة عن الجرائم الإلكترونية في مدينة صلالة "
				+ "يوم 18 أبريل 2025.", "2025-04-19");
		assertThat(fullAfter.at("/people/0/id").asString()).isEqualTo(shortFirst.at("/people/0/id").asString());

		JsonNode otherOffice = ingested("شارك العقيد ناصر منصور سعيد البلوشي مدير إدارة الدفاع المدني في دورة عن الإطفاء في مدينة نزوى "
				+ "يوم 7 مايو 2025.", "2025-05-08");
		assertThat(otherOffice.at("/people/0/id").asString()).isNotEqualTo(shortFirst.at("/people/0/id").asString());
	}

	@Test
	void shouldKeepAKnownMinistersMinistryWhenAnArticleOnlyAssumesItsCountry() {
		JsonNode home = ingested("القاهرة - أكد وزير الداخلية المصري اللواء منير عادل الشناوي خلال اجتماع أمني في مدينة القاهرة "
				+ "يوم 3 مارس 2025 أهمية مكافحة الإرهاب.", "2025-03-04");
		String ministry = home.at("/people/0/positions/0/organization/id").asString();
		JsonNode abroad = ingested("تونس - أكد وزير الداخلية اللواء منير عادل الشناوي في كلمة أمام المؤتمر العربي لمكافحة الإرهاب "
				+ "في مدينة تونس يوم 10 مارس 2025 أهمية التنسيق.", "2025-03-11");
		assertThat(abroad.at("/people/0/id").asString()).isEqualTo(home.at("/people/0/id").asString());
		assertThat(abroad.at("/people/0/positions/0/organization/id").asString()).isEqualTo(ministry);
		assertThat(TestStore.count(driver, "MATCH (:Organization {id: $id})-[:IN_COUNTRY]->(c) RETURN count(c)", Map.of("id", ministry))).isEqualTo(1);
	}

	@Test
	void shouldKeepUndatedEventsOfTwoArticlesApartAndMeetDatedReportsOfOneEvent() {
		JsonNode first = ingested("استقبل العميد سالم راشد الكعبي مدير الشرطة، وفدا من الإنتربول خلال زيارة عمل.", null);
		JsonNode second = ingested("استقبل العقيد ناصر علي القبيسي مدير الأمن، وفدا من الإنتربول خلال زيارة عمل.", null);
		assertThat(second.at("/events/0/id").asString()).isNotEqualTo(first.at("/events/0/id").asString());
		JsonNode dated = ingested("شارك العقيد خالد حمد النعيمي في الدورة 93 للجمعية العامة للإنتربول في مراكش يوم 24 نوفمبر 2025.",
				"2025-11-25");
		JsonNode again = ingested("حضر العميد فهد سالم المطيري أعمال الدورة 93 للجمعية العامة للإنتربول في مراكش يوم 24 نوفمبر 2025.",
				"2025-11-26");
		assertThat(again.at("/events/0/id").asString()).isEqualTo(dated.at("/events/0/id").asString());
	}

	@Test
	void shouldResolveAnOfficeNamedWithoutItsHolderWithLowerConfidence() {
		ingested("وقال رئيس الإنتربول سالم بن راشد الكواري في كلمة أمام المؤتمر الدولي لمكافحة الإرهاب في مدينة فيينا "
				+ "يوم 1 مارس 2025 إن التعاون أولوية.", "2025-03-01");
		JsonNode event = ingested("حضر رئيس الإنتربول المؤتمر الإقليمي لقادة الشرطة في مدينة تونس يوم 5 مارس 2025 "
				+ "وناقش المؤتمر مكافحة الإرهاب.", "2025-03-06").at("/events/0");
		JsonNode attendance = event.at("/attendance/0");
		assertThat(attendance.at("/person/id").asString()).startsWith("person:salem-bin-rashid");
		assertThat(attendance.at("/sources/0/confidence").asDouble()).isLessThan(1.0);
		assertThat(attendance.at("/sources/0/quote").asString()).contains("حضر رئيس الإنتربول");
	}

	@Test
	void shouldTieEveryFactToItsSentence() {
		JsonNode result = ingested("شارك العقيد راشد سيف الهاجري مدير إدارة المباحث الجنائية في دورة تدريبية حول الجرائم السيبرانية "
				+ "نظمها الإنتربول في مدينة سنغافورة يوم 8 سبتمبر 2025.", "2025-09-09");
		JsonNode event = result.at("/events/0");
		assertThat(event.get("kind").asString()).isEqualTo("WORKSHOP");
		assertThat(event.get("startDate").asString()).isEqualTo("2025-09-08");
		assertThat(event.get("topics").toString()).contains("cybercrime");
		assertThat(event.at("/attendance/0/sources/0/quote").asString()).contains("راشد سيف الهاجري");
		long sourced = TestStore.count(driver, """
				MATCH ()-[r:ATTENDED|ORGANIZED|ABOUT|HELD_IN|HOLDS_POSITION]->()
				WHERE size(r.sourceIds) = 0 OR size(r.sourceIds) <> size(r.quotes) RETURN count(r)
				""");
		assertThat(sourced).isZero();
	}

	@Test
	void shouldStoreAnArticleOnceWhenEightClientsSendItAtOnce() throws Exception {
		String text = "التقى الفريق منصور سعيد الزعابي قائد عام الشرطة بوفد من اليوروبول في مدينة أبوظبي يوم 4 فبراير 2025 "
				+ "لبحث مكافحة تهريب المخدرات.";
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<JsonNode>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(pool.submit((Callable<JsonNode>) () -> ingested(text, "2025-02-05")));
		}
		int duplicates = 0;
		for (Future<JsonNode> answer : answers) {
			duplicates += answer.get().get("duplicate").asBoolean() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(duplicates).isEqualTo(7);
		assertThat(TestStore.count(driver, "MATCH (a:Article {url: 'test:" + Math.abs(text.hashCode()) + "'}) RETURN count(a)")).isEqualTo(1);
		assertThat(TestStore.count(driver, "MATCH (p:Person) WHERE p.name CONTAINS 'الزعابي' RETURN count(p)")).isEqualTo(1);
	}
}
