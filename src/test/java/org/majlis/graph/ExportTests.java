package org.majlis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.majlis.TestStore;
import org.neo4j.driver.Driver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

@MajlisTest
class ExportTests {

	@Autowired
	GraphQlHttp http;

	@Autowired
	Driver driver;

	private HttpResponse<byte[]> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(http.uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Document xml(byte[] body) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

	@Test
	void graphMlHasEveryEntityAndRelationshipWithArabicNamesIntact() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.graphml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphml+xml");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("majlis-graph.graphml");
		Document document = xml(response.body());
		assertThat(document.getElementsByTagName("node").getLength())
			.isEqualTo(TestStore.count(driver, "MATCH (n:Person|Organization|Place|Event|Topic) RETURN count(n)"));
		assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(TestStore.count(driver,
				"MATCH ()-[r:ATTENDED|HOLDS_POSITION|ORGANIZED|HELD_IN|ABOUT|IN_COUNTRY|PART_OF]->() RETURN count(r)"));
		NodeList keys = document.getElementsByTagName("key");
		assertThat(keys.getLength()).isGreaterThan(5);
		Element stock = element(document.getElementsByTagName("node"), "person:jurgen-stock");
		assertThat(stock.getTextContent()).contains("يورغن شتوك", "Jürgen Stock");
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("article:");
	}

	@Test
	void graphMlAroundANodeWithArticles() throws Exception {
		Document document = xml(get("/export/graph.graphml?id=person:jurgen-stock&depth=1&articles=true").body());
		assertThat(element(document.getElementsByTagName("node"), "article:corpus-000")).isNotNull();
		assertThat(document.getElementsByTagName("node").getLength()).isEqualTo(4);
	}

	private static Element element(NodeList list, String id) {
		for (int i = 0; i < list.getLength(); i++) {
			Element element = (Element) list.item(i);
			if (id.equals(element.getAttribute("id"))) {
				return element;
			}
		}
		throw new AssertionError("no element " + id);
	}

	@Test
	void cytoscapeJsonHasNodesAndEdges() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.cyjs");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("majlis-graph.cyjs");
		JsonNode json = JsonMapper.builder().build().readTree(new String(response.body(), StandardCharsets.UTF_8));
		JsonNode nodes = json.get("elements").get("nodes");
		JsonNode edges = json.get("elements").get("edges");
		assertThat(nodes.size()).isEqualTo((int) TestStore.count(driver, "MATCH (n:Person|Organization|Place|Event|Topic) RETURN count(n)"));
		assertThat(edges.size()).isPositive();
		boolean arabic = false;
		for (JsonNode node : nodes) {
			arabic |= "عبد اللطيف حموشي".equals(node.get("data").path("name").asString(""));
		}
		assertThat(arabic).isTrue();
		JsonNode edge = edges.get(0).get("data");
		assertThat(edge.has("source") && edge.has("target") && edge.has("id")).isTrue();
	}

	@Test
	void anInvalidDepthIsRefused() throws Exception {
		assertThat(get("/export/graph.cyjs?id=org:interpol&depth=9").statusCode()).isEqualTo(400);
	}
}
