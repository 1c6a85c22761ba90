package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.dates.FindDates;
import org.majlis.ingest.extract.dates.ReadDateline;
import org.majlis.ingest.extract.entities.GroupEntities;
import org.majlis.ingest.extract.events.EventNamer;
import org.majlis.ingest.extract.events.FindEvents;
import org.majlis.ingest.extract.events.FollowDiscourse;
import org.majlis.ingest.extract.events.NameByHolder;
import org.majlis.ingest.extract.events.NameByPeople;
import org.majlis.ingest.extract.events.OneGathering;
import org.majlis.ingest.extract.events.SetEventSettings;
import org.majlis.ingest.extract.events.SplitSeries;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.NameTransliterator;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.organizations.AssignCountries;
import org.majlis.ingest.extract.organizations.FindOrganizations;
import org.majlis.ingest.extract.participation.AttendanceModel;
import org.majlis.ingest.extract.participation.DecideAttendance;
import org.majlis.ingest.extract.participation.LinkOrganizers;
import org.majlis.ingest.extract.participation.LinkParticipants;
import org.majlis.ingest.extract.people.FindPeople;
import org.majlis.ingest.extract.places.FindPlaces;
import org.majlis.ingest.extract.reading.ReadText;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.ingest.extract.topics.FindTopics;

/**
 * Reads one Arabic article about police cooperation and returns the people, organisations, places and events it
 * reports. The stages below run in order over one {@link ArticleContext}, each reading only what the stages before it
 * found ({@link Stage#reads()}, checked when the extractor is made). Lexicons are loaded once from
 * {@code lexicon/*.tsv}; afterwards the extractor holds no mutable state and may be shared between threads.
 */
public class ArticleExtractor {

	private final List<Stage> stages;

	/** The extractor the service uses: the rules, and the shipped learned attendance decision. */
	public ArticleExtractor() {
		this(AttendanceModel.shipped());
	}

	/** The rules alone, without the learned attendance decision: the baseline it is measured against. */
	public static ArticleExtractor rulesAlone() {
		return new ArticleExtractor((AttendanceModel) null);
	}

	/** The rules with the attendance decision given (null: the rules decide attendance alone). */
	public ArticleExtractor(AttendanceModel attendance) {
		this(stages(new Lexicons(), attendance));
	}

	/** Runs the stages in the order given; throws IllegalStateException when one reads what no stage before it adds. */
	ArticleExtractor(List<Stage> stages) {
		this.stages = inOrder(stages);
	}

	private static List<Stage> stages(Lexicons lex, AttendanceModel attendance) {
		return List.of(
				new ReadText(),
				new FindPlaces(lex),
				new ReadDateline(lex),
				new FindDates(lex),
				new FindOrganizations(lex),
				new FindPeople(lex),
				new AssignCountries(lex),
				new GroupEntities(lex, new NameTransliterator(lex.names)),
				new FindEvents(lex),
				new FollowDiscourse(lex),
				new LinkParticipants(lex),
				new DecideAttendance(lex, attendance),
				new LinkOrganizers(lex),
				new SetEventSettings(lex),
				new FindTopics(lex),
				new OneGathering(),
				new SplitSeries(lex),
				new NameByPeople(lex),
				new NameByHolder(lex));
	}

	private static List<Stage> inOrder(List<Stage> stages) {
		Set<Finding> added = EnumSet.noneOf(Finding.class);
		for (Stage stage : stages) {
			for (Finding finding : stage.reads()) {
				if (!added.contains(finding)) {
					String stageName = stage.getClass().getSimpleName();
					throw new IllegalStateException(stageName + " reads " + finding + ", which no stage before it adds");
				}
			}
			added.addAll(stage.adds());
		}
		return List.copyOf(stages);
	}

	public ArticleExtraction extract(String text, PartialDate publishedAt) {
		return result(read(text, publishedAt));
	}

	/** The people and events the attendance decision weighed in the text, with their cues and what it decided. */
	public List<AttendanceCandidate> attendance(String text, PartialDate publishedAt) {
		return read(text, publishedAt).attendance;
	}

	/** Runs the stages and answers what they found, for the dry run and for tests of one stage. */
	ArticleContext read(String text, PartialDate publishedAt) {
		ArticleContext article = new ArticleContext(text, publishedAt);
		for (Stage stage : stages) {
			stage.apply(article);
		}
		return article;
	}

	private static ArticleExtraction result(ArticleContext a) {
		List<PersonMention> people = a.peopleRegistry.mentions();
		List<OrganizationMention> orgs = a.organizationRegistry.mentions(a.placeRegistry);
		List<PlaceMention> places = a.placeRegistry.mentions();
		List<EventMention> events = new ArrayList<>();
		for (EventDraft e : a.events) {
			String nameEn = EventNamer.english(e.kind, e.ordinal);
			List<String> aliases = e.aliases.stream().filter(n -> !n.equals(e.name) && Tokenizer.words(n).size() >= 2).distinct().toList();
			events.add(new EventMention(e.ref, e.name, nameEn, aliases, e.kind, e.start, e.end, e.virtual, e.placeRef,
					List.copyOf(e.organizers.values()), List.copyOf(e.attendees.values()), List.copyOf(e.topics.values()), e.evidence));
		}
		PartialDate published = a.publishedAt != null ? a.publishedAt : a.dateline.date();
		return new ArticleExtraction(a.text, published, people, orgs, places, events);
	}
}
