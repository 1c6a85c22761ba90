package org.majlis.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.majlis.EmptyStoreTest;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads closed by read tokens, JWTs signed by a key the service trusts through Spring Boot's standard
 * resource-server setting, static tokens alongside, and CORS for an explorer on another origin. A context of its own,
 * since reads are open everywhere else; closed after the class.
 */
@EmptyStoreTest
@TestPropertySource(properties = { "majlis.security.read-tokens=" + ClosedReadsTests.READ_TOKEN,
		"majlis.cors.allowed-origins=" + ClosedReadsTests.EXPLORER_ORIGIN })
@DirtiesContext
class ClosedReadsTests {

	static final String READ_TOKEN = "test-read-token";

	static final String EXPLORER_ORIGIN = "https://explorer.example";

	private static final String READ = "{ events(first: 1) { edges { cursor } } }";

	private static final KeyPair KEYS = rsaKeyPair();

	@Autowired
	GraphQlHttp graphql;

	@DynamicPropertySource
	static void trustTheTestKey(DynamicPropertyRegistry registry) throws IOException {
		Path pem = Files.createTempFile("majlis-jwt", ".pem");
		pem.toFile().deleteOnExit();
		String encoded = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(KEYS.getPublic().getEncoded());
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + encoded + "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String jwt(String scope, KeyPair keys) throws JOSEException {
		var claims = new JWTClaimsSet.Builder().subject("analyst").claim("scope", scope)
			.expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
		var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private GraphQlHttp.Response write(String token) {
		return graphql.post(GraphQlHttp.INGEST_ARTICLE, Map.of("input", Map.of("text", "استقبل مدير الأمن العام وفدا من الإنتربول.")), token);
	}

	@Test
	void shouldRefuseAReadWithoutAToken() {
		var response = graphql.query(READ);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isEqualTo("UNAUTHORIZED");
		var byGet = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphql?query=%7B__typename%7D")).GET().build());
		assertThat(byGet.status()).isEqualTo(401);
	}

	@Test
	void shouldAnswerAReadWithAReadOrWriteToken() {
		assertThat(graphql.post(READ, Map.of(), READ_TOKEN).status()).isEqualTo(200);
		assertThat(graphql.post(READ, Map.of(), MajlisTest.WRITE_TOKEN).status()).isEqualTo(200);
		var byGet = graphql.send(HttpRequest.newBuilder(graphql.uri("/graphql?query=%7B__typename%7D"))
			.header("Authorization", "Bearer " + READ_TOKEN).GET().build());
		assertThat(byGet.status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAWrongToken() {
		var response = graphql.post(READ, Map.of(), "not-a-token");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().toString()).doesNotContain("not-a-token");
	}

	@Test
	void shouldNotLetAReadTokenWrite() {
		var response = write(READ_TOKEN);
		assertThat(response.errors()).isNotNull();
		assertThat(response.errors().get(0).at("/extensions/classification").asString()).isIn("FORBIDDEN", "UNAUTHORIZED");
	}

	@Test
	void shouldLetAnyValidJwtReadAndOneWithTheWriteScopeWrite() throws JOSEException {
		assertThat(graphql.post(READ, Map.of(), jwt("profile", KEYS)).status()).isEqualTo(200);
		assertThat(write(jwt("profile", KEYS)).errors()).isNotNull();
		var written = write(jwt("profile majlis.write", KEYS));
		assertThat(written.errors()).as(written.body().toString()).isNull();
	}

	@Test
	void shouldRecordTheJwtSubjectAsTheAuthorOfACuration() throws JOSEException {
		String token = jwt("majlis.write", KEYS);
		var ingested = graphql.post(GraphQlHttp.INGEST_ARTICLE,
				Map.of("input", Map.of("text", "شارك العميد نايف سالم العتيبي والعقيد بدر خالد المطيري في اجتماع إقليمي عقد في مدينة حائل يوم 2 فبراير 2025.")), token);
		assertThat(ingested.errors()).as(ingested.body().toString()).isNull();
		var people = ingested.data().at("/ingestArticle/people");
		var curation = graphql.post("""
				mutation($a: ID!, $b: ID!) { keepApart(a: $a, b: $b) { by } }""",
				Map.of("a", people.get(0).get("id").asString(), "b", people.get(1).get("id").asString()), token);
		assertThat(curation.errors()).as(curation.body().toString()).isNull();
		assertThat(curation.data().at("/keepApart/by").asString()).isEqualTo("analyst");
		assertThat(curation.body().toString()).doesNotContain(token);
	}

	@Test
	void shouldRefuseAJwtSignedByAnotherKey() throws JOSEException {
		assertThat(graphql.post(READ, Map.of(), jwt("majlis.write", rsaKeyPair())).status()).isEqualTo(401);
	}

	@Test
	void shouldAnswerACorsPreflightFromAnAllowedOriginOnly() throws IOException, InterruptedException {
		var allowed = preflight(EXPLORER_ORIGIN);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(EXPLORER_ORIGIN);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("authorization");
		var denied = preflight("https://elsewhere.example");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(graphql.uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}
}
