package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Where an organisation's name starts and ends: titles, lists, brackets, prepositions, common noun phrases. */
class OrganizationNameTests {

	@Test
	void shouldFindABodyNamedOnlyInsideATitle() {
		Extracted x = read("شارك العميد سالم علي الحارثي مقرر الهيئة الوطنية لأمن الحدود بسلطنة عمان في الاجتماع.");
		OrganizationMention body = x.organization("الهيئة الوطنية لأمن الحدود");
		assertThat(x.countryOf(body)).isEqualTo("oman");
	}

	@Test
	void shouldFindEveryBodyOfAParticipantsList() {
		Extracted x = read("ويشارك في الدورة معهد التدريب الإقليمي والمديرية العامة للهجرة بإسبانيا.");
		assertThat(x.organizations()).contains("معهد التدريب الإقليمي", "المديرية العامة للهجرة");
	}

	@Test
	void shouldKeepAGlossInBracketsWithItsBody() {
		Extracted x = read("شارك الوفد في اجتماع الوكالة الإقليمية للأمن البحري (ريماس) في جيبوتي.");
		assertThat(x.organizations()).containsExactly("الوكالة الإقليمية للأمن البحري");
	}

	@Test
	void shouldNotEndANameAtAPrepositionBeforeABracket() {
		Extracted x = read("نظم المكتب الإقليمي لـ (اليونيسف) ورشة عمل عن حماية الأطفال في عمّان.");
		assertThat(x.organizations()).noneMatch(name -> name.endsWith("لـ") || name.endsWith(" ل"));
	}

	@Test
	void shouldNotTakeACommonNounPhraseForABody() {
		Extracted x = read("وتعد الوكالة هيئة استشارية لدى الاتحاد في مجال مكافحة الجريمة.");
		assertThat(x.organizations()).doesNotContain("هيئة استشارية");
	}

	@Test
	void shouldNotTakeAWordCutOffAtTheEndOfTheTextIntoAName() {
		Extracted x = read("وأشاد المدير بجهود الوفد، وزار الوفد عددا من المراكز التدريبية التابعة للإدارة العامة للمر");
		assertThat(x.organizations()).noneMatch(name -> name.contains("للمر") || name.endsWith(" المر"));
	}

	@Test
	void shouldNotTakeACountrysLeadershipForABody() {
		Extracted x = read("وقال إن القيادة الحكيمة للدولة تولي أهمية كبرى للتعاون، ونقل تحيات قيادة الكويت، وأعرب عن تقديره لقيادة المملكة.");
		assertThat(x.organizations()).isEmpty();
	}

	@Test
	void shouldKeepTheObjectOfAnAdjectiveInTheName() {
		Extracted x = read("شارك في الندوة ممثلون عن المركز الوطني المعني بمكافحة الإرهاب والمكتب الإقليمي الخاص بالهجرة.");
		assertThat(x.organizations()).contains("المركز الوطني المعني بمكافحة الإرهاب", "المكتب الإقليمي الخاص بالهجرة");
	}

	@Test
	void shouldKeepTheFieldOfCooperationInTheName() {
		Extracted x = read("عقدت الهيئة العربية للتعاون في مجال مكافحة الجريمة اجتماعها السنوي في تونس.");
		assertThat(x.organizations()).contains("الهيئة العربية للتعاون في مجال مكافحة الجريمة");
	}

	@Test
	void shouldNotNameABodyByAnIndefiniteDescription() {
		Extracted x = read("واقترح الأمين العام إنشاء مكتب إقليمي للإنتربول في غرب أفريقيا.");
		assertThat(x.organizations()).noneMatch(name -> name.startsWith("مكتب"));
	}

	@Test
	void shouldTakeABodyFollowedByARegionForTheBodyNamedBefore() {
		Extracted x = read("زار وفد من منظمة الصحة العالمية العاصمة، وترأست الوفد المديرة الإقليمية للمنظمة لشرق المتوسط.");
		assertThat(x.organizations()).noneMatch(name -> name.contains("لشرق"));
	}

	@Test
	void shouldNotTakeAPeopleNounForAnAdjectiveOfThePolice() {
		Extracted x = read("ورحب الوزير بقادة الشرطة الأفارقة المشاركين في الاجتماع.");
		assertThat(x.organizations()).noneMatch(name -> name.startsWith("الشرطة"));
	}

	@Test
	void shouldLeaveAGlossToTheBodyNamedInsideTheName() {
		Extracted x = read("افتتح الوزير اجتماع اللجنة الخاصة بإنشاء آلية الاتحاد الأفريقي للتعاون الشرطي \"أفريبول\" في الجزائر.");
		assertThat(x.organizations()).contains("اللجنة الخاصة بإنشاء آلية الاتحاد الأفريقي للتعاون الشرطي");
	}

	@Test
	void shouldTakeAGenericHeadBeforeAKnownBodyForThatBody() {
		Extracted x = read("وقدم جهاز الأفريبول تقريره عن الجريمة المنظمة إلى آلية الاتحاد الأفريقي للتعاون الشرطي.");
		assertThat(x.a.organizations()).singleElement().satisfies(o -> assertThat(o.lexiconKey()).isEqualTo("afripol"));
	}

	@Test
	void shouldTakeTheCommandOfABodyForTheBody() {
		Extracted x = read("نواكشوط - التقى قائد الدرك الوطني الوفد، وشكر الوفد قيادة أركان الدرك الوطني، ثم زار قطاع الدرك الوطني.");
		assertThat(x.a.organizations()).filteredOn(OrganizationMention::national).hasSize(1);
	}

	@Test
	void shouldReadANationalityAmongTheAdjectivesOfAName() {
		Extracted x = read("وقع الوفد مذكرة تفاهم مع الوكالة الكورية للتعاون الدولي في مجال التدريب.");
		assertThat(x.countryOf(x.organization("الوكالة الكورية للتعاون الدولي"))).isEqualTo("south-korea");
	}

	@Test
	void shouldGiveTheOfficeOfAnInternationalBodyTheCountryItIsIn() {
		Extracted x = read("شارك رئيس مكتب الإنتربول بتونس في الاجتماع الإقليمي.");
		assertThat(x.a.organizations()).anySatisfy(o -> {
			assertThat(o.name()).startsWith("مكتب");
			assertThat(x.countryOf(o)).isEqualTo("tunisia");
		});
	}

	@Test
	void shouldContinueANameAfterACommitteeInTheConstructState() {
		Extracted x = read("وحضر اللقاء خبراء من الإدارة الفنية للجنة مكافحة غسل الأموال التابعة للبنك المركزي.");
		assertThat(x.organizations()).anyMatch(name -> name.startsWith("الإدارة الفنية للجنة مكافحة غسل الأموال"))
			.noneMatch(name -> name.endsWith("التابعة"));
	}

	@Test
	void shouldTakeThePoliceOfACountryForThatCountrysPolice() {
		Extracted x = read("استضافت شرطة قطر الاجتماع، وأكد مساعد المفتش العام للشرطة أهمية التعاون.");
		assertThat(x.a.organizations()).filteredOn(OrganizationMention::national).singleElement()
			.satisfies(o -> assertThat(x.countryOf(o)).isEqualTo("qatar"));
	}

	@Test
	void shouldNameABodyWithoutTheGenericHeadOfItsCommand() {
		Extracted x = read("الدوحة - نقل الوكيل تحيات القيادة العليا للحرس الوطني إلى الوفد، وأشاد بجهود الحرس الوطني القطري.");
		assertThat(x.a.organizations()).filteredOn(OrganizationMention::national).singleElement()
			.satisfies(o -> assertThat(o.name()).startsWith("الحرس الوطني"));
	}

	@Test
	void shouldKeepTheRoyalEponymInABodysName() {
		Extracted x = read("وألقى مدير كلية الأمير سلطان بن عبدالعزيز الأمنية العميد سالم فهد الحربي كلمة في الحفل.");
		assertThat(x.organizations()).contains("كلية الأمير سلطان بن عبدالعزيز الأمنية");
		assertThat(x.people()).containsExactly("سالم فهد الحربي");
	}

	@Test
	void shouldEndABodysNameWhereItsHoldersNameBeginsWithAGivenNameWrittenWithTheArticle() {
		Extracted x = Extracted.read("والتقى الوزير رئيس النيابة العامة الحسن الداكي، ومدير الإدارة العامة للأمن الوطني الطاهر بن علي.");
		assertThat(x.offices("الحسن الداكي")).containsExactly("رئيس @ النيابة العامة");
		assertThat(x.offices("الطاهر بن علي")).containsExactly("مدير @ الإدارة العامة للأمن الوطني");
		assertThat(x.organizations()).contains("النيابة العامة", "الإدارة العامة للأمن الوطني");
		assertThat(Extracted.read("وزار الوفد جامعة الحسن الثاني بالدار البيضاء.").organizations()).containsExactly("جامعة الحسن الثاني");
	}

	@Test
	void shouldReadABodyAfterTheEventItTookPartInWithItsCountrysBranchOfAnInternationalBodyAsAnotherName() {
		Extracted x = Extracted.read("اختتم الاجتماع أعماله أمس.\nوشاركت في الاجتماع الإدارة العامة للمباحث الجنائية الكويتية (الإنتربول الكويتي) "
				+ "بوفد رفيع المستوى.");
		assertThat(x.organizations()).containsExactly("الإدارة العامة للمباحث الجنائية الكويتية");
		assertThat(x.countryOf(x.organization("الإدارة العامة للمباحث الجنائية الكويتية"))).isEqualTo("kuwait");
	}

	@Test
	void shouldKeepOneBodyWhenALaterMentionLeavesOutTheDomainJoinedByAnd() {
		Extracted x = read("بغداد - بحث وزير الداخلية سالم الحسني دعم مديرية شؤون المخدرات والمؤثرات العقلية، بحضور مدير عام مديرية شؤون "
				+ "المخدرات اللواء كريم العبادي.");
		assertThat(x.organizations()).containsExactlyInAnyOrder("وزارة الداخلية", "مديرية شؤون المخدرات والمؤثرات العقلية");
		assertThat(x.offices("كريم العبادي")).containsExactly("مدير عام @ مديرية شؤون المخدرات والمؤثرات العقلية");
	}

	@Test
	void shouldReadThePoliceOfAStateOrProvinceNamedWithItsRegionNoun() {
		Extracted x = read("واستقبل مدير شرطة ولاية الخرطوم اللواء شرطة سامي عثمان وفدا، بحضور قائد شرطة محافظة البصرة اللواء كريم ناجي.");
		assertThat(x.offices("سامي عثمان")).containsExactly("مدير @ شرطة ولاية الخرطوم");
		assertThat(x.offices("كريم ناجي")).containsExactly("قائد @ شرطة محافظة البصرة");
		assertThat(x.countryOf(x.organization("شرطة ولاية الخرطوم"))).isEqualTo("sudan");
	}

	@Test
	void shouldEndABodysNameAtThePlaceThatClosesItsConstruct() {
		assertThat(read("عنوان\nوقال اللواء عبدالله خليفة المري إن القيادة العامة لشرطة دبي حريصة على التعاون.").organizations())
			.containsExactly("القيادة العامة لشرطة دبي");
	}

	@Test
	void shouldKnowTheEuropeanBodiesOfTheGenreByTheirArabicNames() {
		Extracted x = read("عنوان\nالتقى الوزير المدير التنفيذي لوكالة الاتحاد الأوروبي لحرس الحدود والسواحل (فرونتكس) هانز ليتنز، "
				+ "والمديرة العامة للشؤون الداخلية بالمفوضية الأوروبية ماريا غونزاليس.");
		assertThat(x.offices("هانز ليتنز")).containsExactly("المدير التنفيذي @ الوكالة الأوروبية لحرس الحدود والسواحل");
		assertThat(x.offices("ماريا غونزاليس")).containsExactly("المديرة العامة للشؤون الداخلية @ المفوضية الأوروبية");
	}

	@Test
	void shouldReadAnAcademyOfAPlacesPoliceAsABodyOfItsOwn() {
		Extracted x = read("عنوان\nزار الوفد أكاديمية شرطة دبي، حيث كان في استقباله العميد خالد سالم الكتبي مدير الأكاديمية.");
		OrganizationMention academy = x.organization("أكاديمية شرطة دبي");
		assertThat(x.countryOf(academy)).isEqualTo("uae");
		assertThat(x.offices("خالد سالم الكتبي")).singleElement().asString().contains("أكاديمية شرطة دبي");
	}

	@Test
	void shouldOpenABodyAfterAnAdjectiveOfNationality() {
		Extracted x = read("الرباط - وزار الوفد الإسباني المعهد الملكي للشرطة بالقنيطرة، كما زار الوزير الفرنسي المديرية العامة للأمن الوطني.");
		assertThat(x.organizations()).contains("المعهد الملكي للشرطة", "المديرية العامة للأمن الوطني");
	}

	@Test
	void shouldNotReadWhatAnEventIsAboutAsABodyOfTheCountryItIsHeldIn() {
		Extracted x = read("شارك العميد سالم علي الكعبي في الاجتماع الإقليمي لمكافحة المخدرات في عمّان.");
		assertThat(x.organizations()).isEmpty();
		assertThat(x.placeKey(x.event().placeRef())).isEqualTo("amman");
	}
}
