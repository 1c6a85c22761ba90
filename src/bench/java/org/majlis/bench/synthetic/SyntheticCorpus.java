package org.majlis.bench.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.majlis.bench.synthetic.SyntheticNames.Official;
import org.majlis.common.LexiconTable;
import org.majlis.common.PartialDate;
import org.majlis.ingest.IngestArticleInput;

import static org.majlis.bench.synthetic.SyntheticNames.pick;
import static org.majlis.bench.synthetic.SyntheticNames.withLam;

/**
 * A deterministic corpus of invented Arabic news articles on police cooperation, for benchmarks: meetings,
 * conferences, workshops and visits of international organisations from the lexicon, in cities of the lexicon,
 * with officials from a pool of a few hundred and topics in their news surface forms. About a third of the
 * articles report an event already reported, and people recur, so that ingestion merges as it goes.
 */
public final class SyntheticCorpus {

	/** How many invented officials the articles draw on. */
	static final int PEOPLE = 300;

	private record Event(String kind, String ordinal, String organization, String city, LocalDate date) {
	}

	private static final List<String> KINDS = List.of("CONFERENCE", "MEETING", "WORKSHOP", "VISIT");
	private static final List<String> ORDINALS = List.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
			"السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر", "الثاني عشر", "الخامس عشر", "العشرون",
			"الحادي والعشرون", "الخامس والعشرون", "الثلاثون");
	private static final double REPORTED_AGAIN = 0.35;

	private final Random random;
	private final List<String> organizations;
	private final List<String> cities;
	private final List<String> topics;
	private final List<String> agencies;
	private final List<Official> officials;
	private final List<Event> events = new ArrayList<>();
	private final Set<String> texts = new HashSet<>();
	private final long seed;
	private int count;

	public SyntheticCorpus(long seed) {
		this.seed = seed;
		this.random = new Random(seed);
		this.organizations = LexiconTable.load("organizations").column("arabic", row -> row.is("scope", "INTL"));
		this.cities = LexiconTable.load("places").column("arabic", row -> row.is("kind", "CITY"));
		this.topics = LexiconTable.load("topics").listColumn("arabic", "some surface forms seen in news").stream()
			.filter(form -> !form.startsWith("مكافحة"))
			.toList();
		this.agencies = LexiconTable.load("news-agencies").column("tag", row -> true);
		this.officials = SyntheticNames.officials(PEOPLE, random, organizations);
	}

	/** The next {@code n} articles. */
	public List<IngestArticleInput> next(int n) {
		List<IngestArticleInput> articles = new ArrayList<>(n);
		while (articles.size() < n) {
			articles.add(next());
		}
		return articles;
	}

	/** The next article, different in text from every article before it. */
	public IngestArticleInput next() {
		while (true) {
			Event event = event();
			String text = article(event);
			if (texts.add(text)) {
				count++;
				boolean dated = random.nextInt(10) < 6;
				PartialDate published = dated ? PartialDate.parse(event.date().plusDays(random.nextInt(3)).toString()) : null;
				return new IngestArticleInput(text, "https://bench.majlis.invalid/%d/%d".formatted(seed, count),
						title(event), published, "ar", "Majlis synthetic corpus");
			}
		}
	}

	private Event event() {
		if (!events.isEmpty() && random.nextDouble() < REPORTED_AGAIN) {
			return pick(events, random);
		}
		Event event = new Event(pick(KINDS, random), pick(ORDINALS, random), pick(organizations, random), pick(cities, random),
				SyntheticDates.day(random));
		events.add(event);
		return event;
	}

	private String article(Event event) {
		Official first = official();
		Official second = official();
		StringBuilder text = new StringBuilder();
		if (random.nextInt(4) == 0) {
			text.append(event.city()).append(" في ").append(SyntheticDates.dateline(event.date())).append("/ ")
				.append(pick(agencies, random)).append(" /\n");
		}
		text.append(lead(event, first, second)).append('\n');
		List<String> body = new ArrayList<>(List.of(
				"وناقش المشاركون سبل تعزيز التعاون في مجال %s و%s.".formatted(topic(), topic()),
				"وأكد %s أهمية %s في مواجهة التحديات الأمنية المشتركة.".formatted(first.shortName(), topic()),
				"وتناولت الجلسات %s وآليات تبادل الخبرات بين الأجهزة الأمنية.".formatted(topic()),
				"وأشاد %s بدور %s في دعم الجهود الدولية لمكافحة %s.".formatted(second.shortName(), event.organization(), topic()),
				"كما حضر %s، %s.".formatted(official().fullName(), official().office()),
				"وفي الختام، أوصى المشاركون بتوحيد الجهود لمواجهة %s وتطوير برامج %s.".formatted(topic(), topic())));
		int sentences = 2 + random.nextInt(3);
		for (int i = 0; i < sentences; i++) {
			text.append(body.remove(random.nextInt(body.size()))).append(i % 2 == 1 ? "\n" : " ");
		}
		return text.toString().strip();
	}

	private String lead(Event event, Official first, Official second) {
		String date = SyntheticDates.phrase(event.date(), random);
		String org = event.organization();
		return switch (event.kind()) {
			case "CONFERENCE" -> "احتضنت مدينة %s %s أعمال المؤتمر %s %s، بمشاركة %s، %s، و%s، %s.".formatted(event.city(), date,
					event.ordinal(), withLam(org), first.fullName(), first.office(), second.fullName(), second.office());
			case "MEETING" -> "شارك %s، %s، في الاجتماع %s %s الذي عقد في %s %s، بحضور %s، %s.".formatted(first.fullName(),
					first.office(), event.ordinal(), withLam(org), event.city(), date, second.fullName(), second.office());
			case "WORKSHOP" -> "نظمت %s ورشة عمل حول %s في %s %s، بمشاركة %s، %s.".formatted(org, topic(), event.city(), date,
					first.fullName(), first.office());
			default -> "قام %s، %s، بزيارة إلى مقر %s بمدينة %s %s، حيث كان في استقباله %s، %s.".formatted(first.fullName(),
					first.office(), org, event.city(), date, second.fullName(), second.office());
		};
	}

	private String title(Event event) {
		return switch (event.kind()) {
			case "CONFERENCE" -> "انطلاق المؤتمر %s %s في %s".formatted(event.ordinal(), withLam(event.organization()), event.city());
			case "MEETING" -> "الاجتماع %s %s يبحث %s".formatted(event.ordinal(), withLam(event.organization()), topic());
			case "WORKSHOP" -> "ورشة عمل في %s حول %s".formatted(event.city(), topic());
			default -> "زيارة رسمية إلى مقر %s".formatted(event.organization());
		};
	}

	private String topic() {
		return pick(topics, random);
	}

	public int peopleInPool() {
		return officials.size();
	}

	/** Someone from the pool: low indices far more often than high ones, so that a few recur often and most now and then. */
	private Official official() {
		double u = random.nextDouble();
		return officials.get((int) (officials.size() * u * u));
	}
}
