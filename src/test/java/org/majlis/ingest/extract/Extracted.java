package org.majlis.ingest.extract;

import java.util.List;
import java.util.Objects;

import org.majlis.common.ArabicText;
import org.majlis.common.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** One article read by the extractor, with the look-ups the mechanism tests ask of it. */
final class Extracted {

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

	final ArticleExtraction a;

	private Extracted(ArticleExtraction a) {
		this.a = a;
	}

	static Extracted read(String text) {
		return new Extracted(EXTRACTOR.extract(text, null));
	}

	/** The country key of the body the text names so, when the extractor reads the text alone. */
	static String countryOfBody(String text, String body) {
		Extracted x = read(text);
		return x.countryOf(x.organization(body));
	}

	static Extracted read(String text, PartialDate publishedAt) {
		return new Extracted(EXTRACTOR.extract(text, publishedAt));
	}

	List<String> people() {
		return a.people().stream().map(PersonMention::name).toList();
	}

	PersonMention person(String name) {
		return a.people().stream().filter(p -> same(p.name(), name)).findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not among the people " + people()));
	}

	/** "title @ organisation name" of each office the person holds. */
	List<String> offices(String name) {
		return person(name).positions().stream()
			.map(p -> p.title() + " @ " + (p.organizationRef() == null ? "-" : organization(p.organizationRef()).name())).toList();
	}

	EventMention event() {
		assertThat(a.events()).as("events").hasSize(1);
		return a.events().getFirst();
	}

	List<EventMention> events() {
		return a.events();
	}

	/** The attendees' names, or "role: title" for one named only by office. */
	List<String> attendees(EventMention e) {
		return e.attendees().stream().map(p -> p.personRef() != null ? personName(p.personRef()) : "role: " + p.byRole().title()).toList();
	}

	String role(EventMention e, String name) {
		return e.attendees().stream().filter(p -> p.personRef() != null && same(personName(p.personRef()), name)).map(Participant::role)
			.findFirst().orElseThrow(() -> new AssertionError(name + " does not attend " + e.name() + ": " + attendees(e)));
	}

	/** The rule that made the named person an attendee of the event. */
	String rule(EventMention e, String name) {
		return e.attendees().stream().filter(p -> p.personRef() != null && same(personName(p.personRef()), name)).map(p -> p.evidence().rule())
			.findFirst().orElseThrow(() -> new AssertionError(name + " does not attend " + e.name() + ": " + attendees(e)));
	}

	List<String> organizers(EventMention e) {
		return e.organizers().stream().map(f -> organization(f.ref()).name()).toList();
	}

	List<String> topics(EventMention e) {
		return e.topics().stream().map(TopicMention::key).toList();
	}

	List<String> organizations() {
		return a.organizations().stream().map(OrganizationMention::name).toList();
	}

	/** The organisation of that name or alias; fails when none. */
	OrganizationMention organization(String refOrName) {
		return a.organizations().stream().filter(o -> o.ref().equals(refOrName)).findFirst()
			.or(() -> a.organizations().stream().filter(o -> same(o.name(), refOrName)).findFirst())
			.or(() -> a.organizations().stream().filter(o -> o.aliases().stream().anyMatch(n -> same(n, refOrName))).findFirst())
			.orElseThrow(() -> new AssertionError(refOrName + " is not among the organisations " + organizations()));
	}

	/** The gazetteer key of the organisation's country, or null when unknown. */
	String countryOf(OrganizationMention o) {
		return placeKey(o.countryRef());
	}

	String placeKey(String ref) {
		return a.places().stream().filter(p -> Objects.equals(p.ref(), ref)).map(PlaceMention::lexiconKey).findFirst().orElse(null);
	}

	private String personName(String ref) {
		return a.people().stream().filter(p -> p.ref().equals(ref)).map(PersonMention::name).findFirst().orElseThrow();
	}

	private static boolean same(String x, String y) {
		return ArabicText.key(x).equals(ArabicText.key(y));
	}
}
