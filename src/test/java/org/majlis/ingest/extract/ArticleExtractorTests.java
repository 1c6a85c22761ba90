package org.majlis.ingest.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Small invented articles in the genre's style, one hard case each. */
class ArticleExtractorTests {

	private static ArticleExtractor extractor;

	@BeforeAll
	static void load() {
		extractor = new ArticleExtractor();
	}

	private static EventMention event(ArticleExtraction a) {
		assertThat(a.events()).hasSize(1);
		return a.events().get(0);
	}

	private static String ref(ArticleExtraction a, String lexiconKey) {
		return a.organizations().stream().filter(o -> lexiconKey.equals(o.lexiconKey())).findFirst().orElseThrow().ref();
	}

	@Test
	void shouldMergeOrganisationAcrossCliticsAndShortForms() {
		ArticleExtraction a = extractor.extract("شارك اللواء سالم فهد الكعبي في اجتماع للمنظمة الدولية للشرطة الجنائية. "
				+ "وأشاد بدور الإنتربول وجهود منظمة الانتربول.", null);
		assertThat(a.organizations()).singleElement().satisfies(o -> {
			assertThat(o.lexiconKey()).isEqualTo("interpol");
			assertThat(o.acronym()).isEqualTo("INTERPOL");
		});
	}

	@Test
	void shouldMakeRoleOnlyParticipantWhenHolderIsNotNamed() {
		ArticleExtraction a = extractor.extract("حضر المؤتمر رئيس المنظمة الدولية للشرطة الجنائية وناقش المؤتمر التعاون الأمني.", null);
		EventMention e = event(a);
		assertThat(e.attendees()).singleElement().satisfies(p -> {
			assertThat(p.personRef()).isNull();
			assertThat(p.byRole().title()).isEqualTo("رئيس");
			assertThat(p.byRole().organizationRef()).isEqualTo(ref(a, "interpol"));
			assertThat(p.evidence().confidence()).isLessThan(1.0);
		});
	}

	@Test
	void shouldUseNamedHolderForOfficeMentionedLater() {
		ArticleExtraction a = extractor.extract("استقبل رئيس الانتربول وزير الداخلية خلال زيارته إلى ليون.\n"
				+ "وكان في استقبال الوزير، سعادة العميد كمال ناصر العلي رئيس المنظمة.", null);
		assertThat(a.people()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("كمال ناصر العلي");
			assertThat(p.ranks()).containsExactly("العميد");
		});
		assertThat(event(a).attendees()).anySatisfy(p -> assertThat(p.personRef()).isEqualTo(a.people().get(0).ref()));
	}

	@Test
	void shouldMergeTwoSpellingsOfOnePerson() {
		ArticleExtraction a = extractor.extract("حضر الاجتماع العقيد خالد عبدالله الشامسي مدير إدارة التعاون الدولي.\n"
				+ "وأكد العقيد خالد عبد الله الشامسي أهمية تبادل المعلومات.", null);
		assertThat(a.people()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("خالد عبدالله الشامسي");
			assertThat(p.nameEn()).isEqualTo("Khalid Abdullah Al Shamsi");
			assertThat(p.positions()).singleElement().satisfies(pos -> assertThat(pos.title()).isEqualTo("مدير"));
		});
	}

	@Test
	void shouldNotCountTopicInsideOrganisationName() {
		ArticleExtraction a = extractor.extract("شارك العميد سعيد علي المهيري مدير الإدارة العامة لمكافحة الفساد والأمن الاقتصادي في ندوة عن الذكاء الاصطناعي.", null);
		assertThat(event(a).topics()).extracting(TopicMention::key).containsExactly("artificial-intelligence");
		assertThat(a.organizations()).extracting(OrganizationMention::name).contains("الإدارة العامة لمكافحة الفساد والأمن الاقتصادي");
	}

	@Test
	void shouldHaveNoPlaceForVirtualMeeting() {
		ArticleExtraction a = extractor.extract("شارك وفد من الدوحة في اجتماع عقد عبر تقنية الاتصال المرئي لمناقشة الجريمة السيبرانية.", null);
		EventMention e = event(a);
		assertThat(e.virtual()).isTrue();
		assertThat(e.placeRef()).isNull();
		assertThat(e.topics()).extracting(TopicMention::key).containsExactly("cybercrime");
	}

	@Test
	void shouldReadOrdinalInWordsAndCityWithCountry() {
		ArticleExtraction a = extractor.extract("اختتم بمدينة وهران المؤتمر الثالث والعشرون لرؤساء أجهزة المباحث العرب.", null);
		EventMention e = event(a);
		assertThat(e.kind()).isEqualTo(EventKind.CONFERENCE);
		assertThat(e.name()).startsWith("المؤتمر الثالث والعشرون");
		assertThat(e.nameEn()).startsWith("23rd");
		PlaceMention city = a.places().stream().filter(p -> p.ref().equals(e.placeRef())).findFirst().orElseThrow();
		assertThat(city.lexiconKey()).isEqualTo("oran");
		assertThat(a.places()).anySatisfy(p -> {
			assertThat(p.lexiconKey()).isEqualTo("algeria");
			assertThat(city.countryRef()).isEqualTo(p.ref());
		});
	}

	@Test
	void shouldReadDatelineAgencyAndNationalBodyCountry() {
		ArticleExtraction a = extractor.extract("عنوان الخبر\n\nالرياض في 3 مارس/ بنا / قام معالي الشيخ حمد بن سلمان آل خليفة وزير الداخلية بزيارة إلى مقر الأمانة العامة لمجلس وزراء الداخلية العرب.", null);
		EventMention e = event(a);
		assertThat(e.kind()).isEqualTo(EventKind.VISIT);
		assertThat(e.start()).isEqualTo(new PartialDate(null, 3, 3));
		assertThat(a.places()).anySatisfy(p -> {
			assertThat(p.ref()).isEqualTo(e.placeRef());
			assertThat(p.lexiconKey()).isEqualTo("riyadh");
		});
		OrganizationMention ministry = a.organizations().stream().filter(o -> o.name().equals("وزارة الداخلية")).findFirst().orElseThrow();
		assertThat(a.places()).anySatisfy(p -> {
			assertThat(p.lexiconKey()).isEqualTo("bahrain");
			assertThat(ministry.countryRef()).isEqualTo(p.ref());
		});
		assertThat(a.people()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("حمد بن سلمان آل خليفة"));
	}

	@Test
	void shouldNotEmitGenericPluralsAsOrganisations() {
		ArticleExtraction a = extractor.extract("دعا المؤتمر الدول الأعضاء والمنظمات الدولية والأجهزة الأمنية والاتحادات الرياضية العربية إلى التعاون.", null);
		assertThat(a.organizations()).isEmpty();
		assertThat(a.places()).isEmpty();
	}

	@Test
	void shouldReadNameBeforeItsOffice() {
		ArticleExtraction a = extractor.extract("وأكد يوسف المنصوري، المدير العام للأمن الوطني، خلال افتتاح الندوة في الرباط أهمية التعاون.", null);
		assertThat(a.people()).singleElement().satisfies(p -> {
			assertThat(p.name()).isEqualTo("يوسف المنصوري");
			assertThat(p.positions()).singleElement().satisfies(pos -> assertThat(pos.title()).isEqualTo("المدير العام للأمن الوطني"));
		});
		assertThat(event(a).attendees()).singleElement().satisfies(p -> assertThat(p.role()).isEqualTo("speaker"));
	}

	@Test
	void shouldReturnEmptyExtractionForTextWithoutEvent() {
		ArticleExtraction empty = extractor.extract("", null);
		assertThat(empty.events()).isEmpty();
		ArticleExtraction latin = extractor.extract("INTERPOL met in Lyon.", PartialDate.of(2024, 5, 2));
		assertThat(latin.events()).isEmpty();
		assertThat(latin.places()).extracting(PlaceMention::lexiconKey).contains("lyon", "france");
	}
}
