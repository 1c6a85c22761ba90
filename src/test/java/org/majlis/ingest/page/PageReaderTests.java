package org.majlis.ingest.page;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.common.PartialDate;
import org.majlis.ingest.extract.ArticleExtraction;
import org.majlis.ingest.extract.ArticleExtractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page reader on the invented layouts of src/test/resources/pages and on small pages of one feature each. */
class PageReaderTests {

	private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
	private static final PartialDate PUBLISHED = PartialDate.of(2025, 10, 15);

	@ParameterizedTest
	@ValueSource(strings = { "agency.html", "newspaper.html", "government.html" })
	void shouldReadTheSamePeopleOrganizationsEventsAndAttendanceAsThePlainText(String layout) {
		PageArticle page = PageReader.read(TestPages.read(layout), "https://outlet.example/news/1");
		assertThat(page.publishedAt()).isEqualTo(PUBLISHED);
		assertThat(facts(EXTRACTOR.extract(page.text(), page.publishedAt())))
			.isEqualTo(facts(EXTRACTOR.extract(TestPages.plainArticle(), PUBLISHED)))
			.contains("event MEETING 2025-10-14 استقبال منصور راشد الغفلي فيصل ناجي البريكي");
	}

	@ParameterizedTest
	@ValueSource(strings = { "agency.html", "newspaper.html" })
	void shouldGiveTheTextOfThePlainArticleLineForLine(String layout) {
		assertThat(PageReader.read(TestPages.read(layout), null).text()).isEqualTo(TestPages.plainArticle().strip());
	}

	@Test
	void shouldLeaveOutCommentsRelatedArticlesCookieBannerShareButtonsAndReadAlsoLines() {
		String text = PageReader.read(TestPages.read("newspaper.html"), null).text();
		assertThat(text).doesNotContain("نبيل سعد الحربي", "خليل مراد البناي", "ملفات تعريف الارتباط", "فيسبوك", "اقرأ أيضاً",
				"مقالات ذات صلة", "هيئة التحرير", "الأكثر تعليقاً", "نشرتنا البريدية");
	}

	@Test
	void shouldKeepArabicIndicDigitsAndDropDirectionMarksOfAGovernmentPage() {
		PageArticle page = PageReader.read(TestPages.read("government.html"), "https://moi.example/NewsDetails.aspx?NewsID=4711");
		assertThat(page.text()).contains("وبمشاركة ١٢ خبيراً").doesNotContain("\u200F", "طباعة", "الصفحة الرئيسية", "المركز الإعلامي");
		assertThat(page.text().lines()).hasSize(3);
		assertThat(page.outlet()).isEqualTo("moi.example");
		assertThat(page.url()).isEqualTo("https://moi.example/NewsDetails.aspx?NewsID=4711");
	}

	@Test
	void shouldReadTheAgencyMetadata() {
		PageArticle page = PageReader.read(TestPages.read("agency.html"), "https://agency.example/ar/latest");
		assertThat(page.title()).isEqualTo("الغفلي يبحث مع وفد الإنتربول مكافحة الجريمة السيبرانية");
		assertThat(page.outlet()).isEqualTo("وكالة أنباء المجلس");
		assertThat(page.url()).isEqualTo("https://agency.example/ar/news/2025/10/15/zaabi-interpol");
		assertThat(page.language()).isEqualTo("ar");
	}

	@Test
	void shouldPreferJsonLdThenThePublishedTimeMetaThenTheTimeElement() {
		String jsonLd = """
				<script type="application/ld+json">[{"@type": "WebSite"}, {"@type": ["NewsArticle"], "datePublished": "2025-03-02T01:30:00+03:00"}]</script>""";
		String meta = "<meta property=\"article:published_time\" content=\"2025-03-05T10:00:00Z\">";
		String time = "<time datetime=\"2025-03-06\">٦ مارس</time>";
		assertThat(page(jsonLd + meta, time).publishedAt()).isEqualTo(PartialDate.of(2025, 3, 2));
		assertThat(page(meta, time).publishedAt()).isEqualTo(PartialDate.of(2025, 3, 5));
		assertThat(page("", time).publishedAt()).isEqualTo(PartialDate.of(2025, 3, 6));
		assertThat(page("<script type=\"application/ld+json\">{not json</script>", time).publishedAt()).isEqualTo(PartialDate.of(2025, 3, 6));
		assertThat(page("", "").publishedAt()).isNull();
	}

	@Test
	void shouldReadTheDateInTheOutletsTimeZoneNotInUtcAndResolveTodayAgainstIt() {
		PageArticle page = PageReader.read(TestPages.read("today.html"), null);
		assertThat(page.publishedAt()).isEqualTo(PartialDate.of(2025, 11, 3));
		assertThat(EXTRACTOR.extract(page.text(), page.publishedAt()).events())
			.anySatisfy(event -> assertThat(event.start()).isEqualTo(PartialDate.of(2025, 11, 3)));
	}

	@Test
	void shouldSplitParagraphsAtLineBreaksAndDecodeEntities() {
		PageArticle page = PageReader.read("""
				<html lang="ar-EG"><body><div class="story">أعلنت الوزارة &quot;خطة&quot; جديدة لمكافحة الجريمة المنظمة &amp; الإرهاب في البلاد.<br>
				وقال&nbsp;المتحدث إن الخطة تشمل تبادل المعلومات مع الدول الشقيقة والصديقة.<br/><br/>وأضاف أن التنفيذ يبدأ الشهر المقبل.</div></body></html>""",
				null);
		assertThat(page.text()).isEqualTo("""
				أعلنت الوزارة "خطة" جديدة لمكافحة الجريمة المنظمة & الإرهاب في البلاد.
				وقال المتحدث إن الخطة تشمل تبادل المعلومات مع الدول الشقيقة والصديقة.
				وأضاف أن التنفيذ يبدأ الشهر المقبل.""");
		assertThat(page.language()).isEqualTo("ar");
	}

	@Test
	void shouldTakeAMostlyArabicPageAsArabicWhateverItsTemplateDeclares() {
		assertThat(PageReader.read("<html lang=\"en-US\"><body><p>" + "استقبل وزير الداخلية وفداً أمنياً رفيع المستوى لبحث التعاون. ".repeat(3)
				+ "</p></body></html>", null).language()).isEqualTo("ar");
	}

	@Test
	void shouldRefuseAPageWithoutArticleBody() {
		assertThatThrownBy(() -> PageReader.read(TestPages.read("no-body.html"), null)).isInstanceOf(UnreadablePageException.class)
			.hasMessageContaining("no article body");
		assertThatThrownBy(() -> PageReader.read("<html><body><nav><a href=/>الرئيسية</a></nav></body></html>", null))
			.isInstanceOf(UnreadablePageException.class).hasMessageContaining("no article body");
	}

	@Test
	void shouldRefuseAPageOverTheSizeLimitUnread() {
		byte[] huge = new byte[PageReader.MAX_PAGE_SIZE + 1];
		assertThatThrownBy(() -> PageReader.read(huge, null, null)).isInstanceOf(UnreadablePageException.class)
			.hasMessageContaining("the limit is");
	}

	private static PageArticle page(String head, String body) {
		return PageReader.read("<html lang=\"ar\"><head>" + head + "</head><body><article><p>" + body
				+ "</p><p>استقبل وزير الداخلية اليوم في مكتبه وفداً أمنياً رفيع المستوى لبحث سبل التعاون في مكافحة الجريمة المنظمة والإرهاب.</p></article></body></html>",
				null);
	}

	/** What the same-graph comparison compares: people with ranks, organisations, events with date and kind, attendance. */
	static List<String> facts(ArticleExtraction a) {
		List<String> people = a.people().stream().map(p -> "person " + p.name() + " " + p.ranks()).sorted().toList();
		List<String> organizations = a.organizations().stream().map(o -> "org " + o.name()).sorted().toList();
		List<String> events = a.events().stream().map(e -> "event " + e.kind() + " " + e.start() + " " + e.name()).sorted().toList();
		List<String> attendance = a.events().stream()
			.flatMap(e -> e.attendees().stream().map(p -> "attends " + e.name() + " " + name(a, p.personRef()) + " " + p.role()))
			.sorted().toList();
		return java.util.stream.Stream.of(people, organizations, events, attendance).flatMap(List::stream).toList();
	}

	private static String name(ArticleExtraction a, String ref) {
		return a.people().stream().filter(p -> p.ref().equals(ref)).map(p -> p.name()).findFirst().orElse(String.valueOf(ref));
	}
}
