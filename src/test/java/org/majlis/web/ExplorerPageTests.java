package org.majlis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.majlis.GraphQlHttp;
import org.majlis.MajlisTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The explorer page in headless Chromium: search in Arabic, pick a result, see its neighbourhood drawn, click a
 * node to expand it. Needs the system's Chromium and chromedriver; skipped where they are missing.
 */
@MajlisTest
class ExplorerPageTests {

	private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
	private static final List<String> DRIVERS = List.of("chromedriver");
	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	GraphQlHttp http;

	private ChromeDriver driver;
	private Path profile;

	private ChromeDriver startBrowser() throws IOException {
		Optional<String> browser = firstExecutable(BROWSERS);
		Optional<String> chromedriver = firstExecutable(DRIVERS);
		assumeTrue(browser.isPresent(), "Chromium is not installed (looked for " + BROWSERS + " on the PATH); explorer page test skipped");
		assumeTrue(chromedriver.isPresent(),
				"chromedriver is not installed (looked for " + DRIVERS + " on the PATH; apt-get install chromium-driver); explorer page test skipped");
		profile = Files.createTempDirectory("explorer-chromium-");
		ChromeOptions options = new ChromeOptions();
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		options.setBinary(browser.get());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(chromedriver.get()).toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	@Test
	void servesThePageAndItsScriptsFromTheJar() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(http.uri("/explorer")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Majlis explorer").doesNotContain("@cytoscape.version@").doesNotContain("https://");
		String script = page.body().replaceAll("(?s).*<script src=\"\\.\\./(webjars/cytoscape/[^\"]+)\".*", "$1");
		HttpResponse<String> cytoscape = client.send(HttpRequest.newBuilder(http.uri("/" + script)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(cytoscape.statusCode()).as("/" + script).isEqualTo(200);
	}

	@Test
	void searchesDrawsAndExpandsTheGraph() throws IOException {
		driver = startBrowser();
		try {
			explore();
		}
		finally {
			driver.quit();
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private void explore() throws IOException {
		driver.get(http.uri("/explorer").toString());
		JavascriptExecutor js = driver;
		waitFor("the page to load the topics",
				d -> Boolean.TRUE.equals(js.executeScript("return !!window.explorer && document.querySelectorAll('#topic option').length > 1")));

		WebElement box = driver.findElement(By.id("search-text"));
		box.sendKeys("الانتربول", Keys.ENTER);
		waitFor("search results", d -> !d.findElements(By.cssSelector("#results button")).isEmpty());
		screenshot();
		assumeTrue(schemaHasNeighborhood(),
				"The GraphQL schema has no Query.neighborhood yet (graph API not merged): the page searched, drawing skipped");
		WebElement hit = driver.findElements(By.cssSelector("#results button")).getFirst();
		hit.click();
		waitFor("the neighbourhood to be drawn", d -> count(js, "return window.explorer.busy ? 0 : window.explorer.cy.nodes().length") > 1);
		long drawn = count(js, "return window.explorer.cy.nodes().length");
		assertThat((String) js.executeScript("return document.querySelector('#details h3').textContent")).isNotBlank();
		assertThat(driver.findElement(By.id("message")).isDisplayed()).as("error message").isFalse();

		String target = (String) js.executeScript("""
				const nodes = window.explorer.cy.nodes().filter(n => !n.selected() && n.data('reachable') > n.connectedEdges().length
					&& ['Person', 'Organization', 'Event'].includes(n.data('label')));
				return nodes.nonempty() ? nodes.max(n => n.data('reachable') - n.connectedEdges().length).ele.id() : null;""");
		assertThat(target).as("a drawn person, organisation or event with neighbours not yet drawn").isNotNull();
		clickNode(js, target);
		waitFor("more nodes after expanding " + target,
				d -> count(js, "return window.explorer.busy ? 0 : window.explorer.cy.nodes().length") > drawn);
		assertThat(js.executeScript("return window.explorer.cy.$(':selected').id()")).isEqualTo(target);

		waitFor("the sources of " + target, d -> Boolean.TRUE.equals(js.executeScript(
				"return [...document.querySelectorAll('#details h3')].some(h => h.textContent.startsWith('Sources ('))")));
		waitFor("the curations of " + target, d -> Boolean.TRUE.equals(js.executeScript(
				"return [...document.querySelectorAll('#details h3')].some(h => h.textContent.startsWith('Curations ('))")));

		new Select(driver.findElement(By.id("duplicates-label"))).selectByValue("Person");
		waitFor("the duplicates view", d -> Boolean.TRUE.equals(js.executeScript(
				"return document.querySelector('#duplicates h2').textContent.startsWith('Likely duplicates: Person (')")));
		assertThat(driver.findElement(By.id("message")).isDisplayed()).as("error message").isFalse();
		new Select(driver.findElement(By.id("duplicates-label"))).selectByValue("");

		new Select(driver.findElement(By.id("topic"))).selectByValue("cybercrime");
		waitFor("the topic filter", d -> Boolean.FALSE.equals(js.executeScript("return window.explorer.busy")));
		assertThat(driver.findElement(By.id("message")).isDisplayed()).as("error message").isFalse();
		assertThat(count(js, "return window.explorer.cy.nodes().not('.faded').length")).isPositive();
		screenshot();
	}

	/** Waits; on time-out fails with what the page showed and logged, and leaves a screenshot. */
	private void waitFor(String what, Function<WebDriver, Boolean> condition) throws IOException {
		try {
			new WebDriverWait(driver, WAIT).until(condition);
		}
		catch (TimeoutException ex) {
			screenshot();
			String message = driver.findElement(By.id("message")).getText();
			String log = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
				.map(LogEntry::toString)
				.collect(Collectors.joining("\n"));
			throw new AssertionError("Timed out waiting for " + what + "; message area: '" + message + "'; browser log:\n" + log, ex);
		}
	}

	private void screenshot() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/explorer.png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	/** A real mouse click at the node's place on the canvas. */
	private void clickNode(JavascriptExecutor js, String id) {
		@SuppressWarnings("unchecked")
		Map<String, Object> at = (Map<String, Object>) js.executeScript("""
				const cy = window.explorer.cy, node = cy.getElementById(arguments[0]), p = node.renderedPosition();
				return { x: p.x - cy.width() / 2, y: p.y - cy.height() / 2 };""", id);
		WebElement canvas = driver.findElement(By.id("graph"));
		new Actions(driver).moveToElement(canvas, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
			.click()
			.perform();
	}

	private boolean schemaHasNeighborhood() {
		var fields = http.data("{ __type(name: \"Query\") { fields { name } } }").at("/__type/fields");
		return fields.valueStream().anyMatch(field -> "neighborhood".equals(field.get("name").asString()));
	}

	private static long count(JavascriptExecutor js, String script) {
		return ((Number) js.executeScript(script)).longValue();
	}

	/** The first of the programs found on the PATH (or in /usr/bin). */
	private static Optional<String> firstExecutable(List<String> names) {
		String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
		return names.stream()
			.flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name)))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst();
	}
}
