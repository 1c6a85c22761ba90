package org.majlis.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every fact stated in the headers of the invented articles of {@code extract-samples/} (the format is
 * described in that folder's README). With MAJLIS_SAMPLES_DUMP set, writes the extractions there as JSON.
 */
class SampleArticleTests {

	private static final String FOLDER = "extract-samples";

	private static ArticleExtractor extractor;

	@BeforeAll
	static void load() {
		extractor = new ArticleExtractor();
	}

	/** One sample: its expected facts by key and its text. */
	private record Sample(String name, Map<String, List<String>> facts, String text) {

		List<String> all(String key) {
			return facts.getOrDefault(key, List.of());
		}
	}

	@TestFactory
	Stream<DynamicContainer> shouldFindTheStatedFactsInEverySample() throws IOException, URISyntaxException {
		Map<String, ArticleExtraction> dump = new LinkedHashMap<>();
		List<DynamicContainer> out = new ArrayList<>();
		for (Sample s : samples()) {
			String published = s.all("published").stream().findFirst().orElse(null);
			ArticleExtraction a = extractor.extract(s.text(), published == null ? null : PartialDate.parse(published));
			dump.put(s.name(), a);
			out.add(DynamicContainer.dynamicContainer(s.name(), checks(s, a)));
		}
		String target = System.getenv("MAJLIS_SAMPLES_DUMP");
		if (target != null && !target.isBlank()) {
			Files.writeString(Path.of(target), JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(dump));
		}
		return out.stream();
	}

	private static List<Sample> samples() throws IOException, URISyntaxException {
		Path folder = Path.of(Objects.requireNonNull(SampleArticleTests.class.getClassLoader().getResource(FOLDER)).toURI());
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
		}
		List<Sample> out = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				out.add(parse(file.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
		}
		assertThat(out).hasSizeGreaterThanOrEqualTo(12);
		return out;
	}

	private static Sample parse(String name, String content) {
		Map<String, List<String>> facts = new LinkedHashMap<>();
		List<String> lines = content.lines().toList();
		int i = 0;
		while (i < lines.size() && lines.get(i).startsWith("#")) {
			String line = lines.get(i).substring(1).strip();
			int colon = line.indexOf(':');
			String key = line.substring(0, colon).strip();
			List<String> values = facts.computeIfAbsent(key, k -> new ArrayList<>());
			String value = line.substring(colon + 1).strip();
			boolean whole = key.equals("position") || key.equals("org-country");
			if (whole) {
				values.add(value);
			}
			else {
				for (String v : value.split(" ; ")) {
					if (!v.isBlank()) {
						values.add(v.strip());
					}
				}
			}
			i++;
		}
		return new Sample(name, facts, String.join("\n", lines.subList(i, lines.size())));
	}

	private static List<DynamicTest> checks(Sample s, ArticleExtraction a) {
		List<DynamicTest> tests = new ArrayList<>();
		for (String person : s.all("person")) {
			tests.add(test("person " + person, () -> assertThat(person(a, person)).as(names(a)).isNotNull()));
		}
		if (s.facts().containsKey("all-people")) {
			tests.add(test("exactly the people " + s.all("all-people"),
					() -> assertThat(keys(a.people().stream().map(PersonMention::name).toList())).isEqualTo(keys(s.all("all-people")))));
		}
		for (String position : s.all("position")) {
			String[] p = position.split(" \\| ");
			tests.add(test("position " + position, () -> {
				PersonMention person = person(a, p[0]);
				assertThat(person).as(names(a)).isNotNull();
				OrganizationMention org = organization(a, p[2]);
				assertThat(org).as(orgNames(a)).isNotNull();
				assertThat(person.positions()).anySatisfy(pos -> {
					assertThat(pos.organizationRef()).isEqualTo(org.ref());
					assertThat(ArabicText.key(pos.title())).isEqualTo(ArabicText.key(p[1]));
				});
			}));
		}
		for (String org : s.all("org")) {
			tests.add(test("organisation " + org, () -> assertThat(organization(a, org)).as(orgNames(a)).isNotNull()));
		}
		if (s.facts().containsKey("all-orgs")) {
			tests.add(test("exactly the organisations " + s.all("all-orgs"), () -> {
				assertThat(a.organizations()).as(orgNames(a)).hasSameSizeAs(s.all("all-orgs"));
				s.all("all-orgs").forEach(o -> assertThat(organization(a, o)).as(o + " in " + orgNames(a)).isNotNull());
			}));
		}
		for (String org : s.all("no-org")) {
			tests.add(test("no organisation " + org, () -> assertThat(organization(a, org)).as(orgNames(a)).isNull()));
		}
		for (String pair : s.all("org-country")) {
			String[] p = pair.split(" \\| ");
			tests.add(test("organisation " + pair, () -> {
				OrganizationMention org = organization(a, p[0]);
				assertThat(org).as(orgNames(a)).isNotNull();
				assertThat(placeKey(a, org.countryRef())).isEqualTo(p[1]);
			}));
		}
		Set<String> placeKeys = a.places().stream().map(PlaceMention::lexiconKey).collect(Collectors.toCollection(TreeSet::new));
		for (String place : s.all("place")) {
			tests.add(test("place " + place, () -> assertThat(placeKeys).contains(place)));
		}
		if (s.facts().containsKey("all-places")) {
			tests.add(test("exactly the places " + s.all("all-places"), () -> assertThat(placeKeys).isEqualTo(new TreeSet<>(s.all("all-places")))));
		}
		tests.addAll(eventChecks(s, a));
		return tests;
	}

	private static List<DynamicTest> eventChecks(Sample s, ArticleExtraction a) {
		List<DynamicTest> tests = new ArrayList<>();
		String count = s.all("events").stream().findFirst().orElse("1");
		tests.add(test(count + " event(s)", () -> assertThat(a.events()).hasSize(Integer.parseInt(count))));
		if (a.events().size() != 1) {
			return tests;
		}
		EventMention e = a.events().get(0);
		one(s, "kind", v -> tests.add(test("kind " + v, () -> assertThat(e.kind().name()).isEqualTo(v))));
		one(s, "start", v -> tests.add(test("start " + v, () -> assertThat(e.start()).isEqualTo(PartialDate.parse(v)))));
		one(s, "end", v -> tests.add(test("end " + v, () -> assertThat(e.end()).isEqualTo(PartialDate.parse(v)))));
		one(s, "virtual", v -> tests.add(test("virtual " + v, () -> assertThat(e.virtual()).isEqualTo(Boolean.valueOf(v)))));
		one(s, "event-place", v -> tests.add(test("held in " + v,
				() -> assertThat(v.equals("none") ? e.placeRef() : placeKey(a, e.placeRef())).isEqualTo(v.equals("none") ? null : v))));
		if (s.facts().containsKey("organizers")) {
			tests.add(test("organised by exactly " + s.all("organizers"), () -> {
				List<String> found = e.organizers().stream().map(f -> orgName(a, f.ref())).toList();
				assertThat(found).as(found.toString()).hasSameSizeAs(s.all("organizers"));
				for (String o : s.all("organizers")) {
					OrganizationMention org = organization(a, o);
					assertThat(org).as(orgNames(a)).isNotNull();
					assertThat(e.organizers()).as(found.toString()).anySatisfy(f -> assertThat(f.ref()).isEqualTo(org.ref()));
				}
			}));
		}
		if (s.facts().containsKey("attendees")) {
			tests.add(test("attended by exactly " + s.all("attendees"), () -> {
				List<String> found = e.attendees().stream().map(p -> p.personRef() == null ? "role " + p.byRole().title() : personName(a, p.personRef())).toList();
				assertThat(keys(found)).isEqualTo(keys(s.all("attendees")));
			}));
		}
		for (String topic : s.all("topic")) {
			tests.add(test("topic " + topic, () -> assertThat(e.topics()).extracting(TopicMention::key).contains(topic)));
		}
		for (String topic : s.all("no-topic")) {
			tests.add(test("no topic " + topic, () -> assertThat(e.topics()).extracting(TopicMention::key).doesNotContain(topic)));
		}
		return tests;
	}

	private static void one(Sample s, String key, java.util.function.Consumer<String> then) {
		s.all(key).stream().findFirst().ifPresent(then);
	}

	private static DynamicTest test(String name, org.junit.jupiter.api.function.Executable check) {
		return DynamicTest.dynamicTest(name, check);
	}

	private static Set<String> keys(List<String> names) {
		return names.stream().map(ArabicText::key).collect(Collectors.toCollection(TreeSet::new));
	}

	private static PersonMention person(ArticleExtraction a, String name) {
		return find(a.people(), name, p -> Stream.concat(Stream.of(p.name()), p.aliases().stream()).toList());
	}

	private static OrganizationMention organization(ArticleExtraction a, String name) {
		OrganizationMention named = find(a.organizations(), name, o -> List.of(o.name()));
		return named != null ? named : find(a.organizations(), name, OrganizationMention::aliases);
	}

	private static <T> T find(List<T> items, String name, Function<T, List<String>> names) {
		String key = ArabicText.key(name);
		return items.stream().filter(i -> names.apply(i).stream().anyMatch(n -> ArabicText.key(n).equals(key))).findFirst().orElse(null);
	}

	private static String placeKey(ArticleExtraction a, String ref) {
		return a.places().stream().filter(p -> p.ref().equals(ref)).map(PlaceMention::lexiconKey).findFirst().orElse(null);
	}

	private static String personName(ArticleExtraction a, String ref) {
		return a.people().stream().filter(p -> p.ref().equals(ref)).map(PersonMention::name).findFirst().orElse(ref);
	}

	private static String orgName(ArticleExtraction a, String ref) {
		return a.organizations().stream().filter(o -> o.ref().equals(ref)).map(OrganizationMention::name).findFirst().orElse(ref);
	}

	private static String names(ArticleExtraction a) {
		return a.people().stream().map(p -> p.name() + " " + p.positions().stream().map(PositionMention::title).toList()).toList().toString();
	}

	private static String orgNames(ArticleExtraction a) {
		return a.organizations().stream().map(OrganizationMention::name).toList().toString();
	}
}
