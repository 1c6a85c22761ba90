package org.majlis.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingestion under hostile input and concurrency: seeded random, binary, right-to-left-override, huge and
 * half-Arabic texts never get a 5xx or leave a partial article; articles sent at once that name the same
 * person create that person once.
 */
@EmptyStoreTest
class IngestRobustnessTests {

	private static final String[] WORDS = { "اجتماع", "الإنتربول", "حضر", "اللواء", "مؤتمر", "في", "مدينة", "الرباط", "يوم", "مارس",
			"2025", "الجرائم", "السيبرانية", "وزير", "الداخلية", "police", "meeting", "Lyon", "،", ".", "\n" };

	@Autowired
	GraphQlHttp graphql;

	@Autowired
	Driver driver;

	private GraphQlHttp.Response ingest(String text) {
		return graphql.post(GraphQlHttp.INGEST_ARTICLE, Map.of("input", Map.of("text", text)), MajlisTest.WRITE_TOKEN);
	}

	@Test
	void shouldAnswerRandomAndHostileTextsWithoutServerErrorsOrPartialArticles() {
		Random random = new Random(20261122);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 15; i++) {
			texts.add(randomChars(random, 1 + random.nextInt(2_000)));
			texts.add(words(random, 5 + random.nextInt(200)));
			texts.add(words(random, 20) + "\u202E" + words(random, 20));
			texts.add("Latin text with one word " + WORDS[random.nextInt(5)] + " " + words(random, 30));
		}
		texts.add(words(random, 30_000));
		texts.add("نص " + "س".repeat(IngestService.maxCharacters() + 1));
		for (String text : texts) {
			long nodesBefore = TestStore.count(driver, "MATCH (n) RETURN count(n)");
			GraphQlHttp.Response response = ingest(text);
			assertThat(response.status()).as(text.length() + " characters").isLessThan(500);
			assertThat(response.body().isObject()).isTrue();
			if (response.errors() != null) {
				assertThat(TestStore.count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodesBefore);
				assertThat(response.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
			}
		}
		assertThat(TestStore.count(driver, """
				MATCH ()-[r:ATTENDED|ORGANIZED|ABOUT|HELD_IN|HOLDS_POSITION]->()
				WHERE size(r.sourceIds) <> size(r.quotes) OR size(r.sourceIds) <> size(r.confidences) RETURN count(r)
				""")).isZero();
		assertThat(TestStore.count(driver, "MATCH (n) WHERE (n:Person OR n:Organization OR n:Place OR n:Event) AND NOT (n)-[:MENTIONED_IN]->(:Article) RETURN count(n)"))
			.isZero();
		assertThat(TestStore.count(driver, "MATCH (a:Article) WHERE a.contentHash IS NULL OR a.id IS NULL RETURN count(a)")).isZero();
	}

	@Test
	void shouldCreateAPersonOnceWhenArticlesNamingThemArriveAtOnce() throws Exception {
		String[] cities = { "الرياض", "الدوحة", "مسقط", "عمان", "القاهرة", "تونس" };
		ExecutorService pool = Executors.newFixedThreadPool(cities.length);
		List<Future<GraphQlHttp.Response>> answers = new ArrayList<>();
		for (int i = 0; i < cities.length; i++) {
			String text = "شارك العميد نواف سالم الدوسري مدير إدارة الأدلة الجنائية في مؤتمر إقليمي حول مكافحة الإرهاب عقد في مدينة "
					+ cities[i] + " يوم " + (i + 3) + " أبريل 2025.";
			answers.add(pool.submit(() -> ingest(text)));
		}
		for (Future<GraphQlHttp.Response> answer : answers) {
			GraphQlHttp.Response response = answer.get(120, TimeUnit.SECONDS);
			assertThat(response.errors()).as(response.body().toString()).isNull();
		}
		pool.shutdown();
		assertThat(TestStore.count(driver, "MATCH (p:Person) WHERE p.name CONTAINS 'الدوسري' RETURN count(p)")).isEqualTo(1);
		assertThat(TestStore.count(driver, "MATCH (p:Person)-[:ATTENDED]->(e:Event) WHERE p.name CONTAINS 'الدوسري' RETURN count(DISTINCT e)"))
			.isEqualTo(cities.length);
	}

	private static String randomChars(Random random, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append((char) random.nextInt(0x10000));
		}
		return out.toString();
	}

	private static String words(Random random, int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
		}
		return out.toString();
	}
}
