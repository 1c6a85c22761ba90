package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Where a person's name starts and ends, and when two forms are one person. */
class NameBoundaryTests {

	@Test
	void shouldReadTheEgyptianSpellingOfAliInsideAName() {
		Extracted x = read("حضر الاجتماع العميد سعيد بن على الكعبي مدير إدارة الأمن الجنائي.");
		assertThat(x.people()).containsExactly("سعيد بن على الكعبي");
	}

	@Test
	void shouldKeepTheFamilyNameSayyidThatNoNameFollows() {
		Extracted x = read("ضم الوفد العميد ناصر فهد السيد، والعقيد سالم علي، واللواء حسن فؤاد السيد مساعد وزير الداخلية، والسيد خالد عمر.");
		assertThat(x.people()).contains("ناصر فهد السيد", "حسن فؤاد السيد", "خالد عمر");
	}

	@Test
	void shouldEndANameBeforeAnAdverb() {
		Extracted x = read("ترأس الاجتماع العميد سالم الكعبي مناصفة مع العقيد فرانك مولر.");
		assertThat(x.people()).containsExactlyInAnyOrder("سالم الكعبي", "فرانك مولر");
	}

	@Test
	void shouldMergeThePatronymicAndFamilyFormsOfOnePerson() {
		Extracted x = read("استقبل الشيخ محمد بن راشد المعلا وفد الشرطة الدولية.\nوأكد الشيخ محمد المعلا أهمية التعاون.");
		assertThat(x.people()).containsExactly("محمد بن راشد المعلا");
	}

	@Test
	void shouldNotRunANameIntoTheNextSentenceOrOffice() {
		Extracted x = read("شارك المقدم جاسم محمد البلوشي رئيس قسم التحقيقات في الورشة.");
		assertThat(x.people()).containsExactly("جاسم محمد البلوشي");
	}

	@Test
	void shouldOpenANameWithAGivenNameWrittenWithTheArticleAfterAnOffice() {
		Extracted x = read("وحضر اللقاء وزير العدل الصادق بلحاج ووزير المالية المنصف العياري.");
		assertThat(x.people()).containsExactlyInAnyOrder("الصادق بلحاج", "المنصف العياري");
	}

	@Test
	void shouldKeepAllahAndAParticleAfterAGivenNameWithTheArticleInsideTheName() {
		Extracted x = read("استقبل اللواء سعد عطا الله مدير الشرطة وفدا من الأردن.");
		assertThat(x.people()).containsExactly("سعد عطا الله");
		Extracted y = read("وقال الوزير سالم الهادي عبد الكريم إن التعاون مستمر.");
		assertThat(y.people()).containsExactly("سالم الهادي عبد الكريم");
	}

	@Test
	void shouldReadAnInitialInsideAName() {
		Extracted x = read("واجتمع الوزير بالأمين العام للإنتربول جون م. سميث لمناقشة التعاون.");
		assertThat(x.people()).containsExactly("جون م. سميث");
	}

	@Test
	void shouldEndANameBeforeAFutureVerbAPrepositionWithTheArticleOrAVenue() {
		assertThat(read("وأوضح البيان أن المدير العام اللواء سامر حداد سيتناولان الملف.").people()).containsExactly("سامر حداد");
		assertThat(read("وأوضح أن العميد كمال يوسف سيبحث التعاون مع نظرائه.").people()).containsExactly("كمال يوسف");
		assertThat(read("وعقد اللقاء في مكتب الأمير فيصل بن خالد بالوزارة في الرياض.").people()).containsExactly("فيصل بن خالد");
		assertThat(read("استقبل المدير العام السيد بيار لوران بمقر المديرية.").people()).containsExactly("بيار لوران");
	}

	@Test
	void shouldEndAPatronymicNameBeforeAVerbThatNoLexiconKnows() {
		Extracted x = read("وأكد أن الجامعة وبتوجيه من الأمير سلطان بن فهد أعطت التدريب عناية كبيرة.");
		assertThat(x.people()).containsExactly("سلطان بن فهد");
	}

	@Test
	void shouldNotReadACommonNounAfterAGivenNameThatIsAlsoAPreposition() {
		Extracted x = read("وقلدت المديرة العامة للشرطة الوطنية، باسم حكومة بلادها، عددا من الضباط أوسمة.");
		assertThat(x.people()).isEmpty();
	}

	@Test
	void shouldMergeTwoTransliterationsAndACompoundFamilyNameOfOnePerson() {
		Extracted x = read("ألقى السيد ألبير كاروني وزير الداخلية كلمة.\nوأضاف ألبير كارونى أن الأمن مسؤولية مشتركة.");
		assertThat(x.people()).containsExactly("ألبير كاروني");
		Extracted y = read("وزار وزير الداخلية الليبي سالم الطاهر عبد الحميد مقر الإنتربول.\nوقال الوزير عبد الحميد إن بلاده ملتزمة بالتعاون.");
		assertThat(y.people()).containsExactly("سالم الطاهر عبد الحميد");
	}

	@Test
	void shouldReadALongPatronymicChain() {
		Extracted x = read("استقبل الأمير سلطان بن فهد بن عبد الله بن عبد العزيز آل سعود الوفد.");
		assertThat(x.people()).containsExactly("سلطان بن فهد بن عبد الله بن عبد العزيز آل سعود");
	}

	@Test
	void shouldKeepAlHajjBeforeAGivenNameInsideAName() {
		Extracted x = read("وضم الوفد اللواء شرطة خالد الطيب الحاج علي مدير الإدارة العامة للجوازات.");
		assertThat(x.people()).containsExactly("خالد الطيب الحاج علي");
	}

	@Test
	void shouldEndAnArabNameAtItsFamilyNameBeforeANounPhrase() {
		Extracted x = read("كما بحث مع المدير العام للأمن الوطني علي بدراني آليات تبادل المعلومات.");
		assertThat(x.people()).containsExactly("علي بدراني");
	}

	@Test
	void shouldKeepARareGivenNameBeforeAFamilyNameWithTheArticle() {
		Extracted x = read("وحضر اللقاء مدير عام حرس الحدود اللواء محمد زعيب عويض الحربي.");
		assertThat(x.people()).containsExactly("محمد زعيب عويض الحربي");
	}

	@Test
	void shouldReadTheWholeOfAForeignNameThatOpensWithAKnownGivenName() {
		Extracted x = read("وحضر اللقاء بيتر أدوك نيابا وزير الداخلية.");
		assertThat(x.people()).containsExactly("بيتر أدوك نيابا");
	}

	@Test
	void shouldNotTakeThePrepositionAlaWrittenWithAlifMaqsuraForTheNameAli() {
		Extracted x = read("شارك اللواء فهد سالم العتيبي في المؤتمر الدولي للأمن السيبراني.\n"
				+ "وعلى هامش المؤتمر، التقى العتيبي بالمفتش العام للشرطة الكينية جيمس موانغي، وبحثا التعاون.");
		assertThat(x.people()).containsExactlyInAnyOrder("فهد سالم العتيبي", "جيمس موانغي");
	}

	@Test
	void shouldReadFathersNamesWithTheArticleUpToARulingFamilysName() {
		Extracted x = read("استقبل الشيخ طلال خالد الأحمد الجابر الصباح وفدا من الشرطة الإيطالية.");
		assertThat(x.people()).containsExactly("طلال خالد الأحمد الجابر الصباح");
		Extracted y = read("أكد وكيل الوزارة الفريق الشيخ طلال خالد الأحمد الصباح أهمية التنسيق الأمني.");
		assertThat(y.people()).containsExactly("طلال خالد الأحمد الصباح");
	}

	@Test
	void shouldTakeAGivenNameThatOpensATitleAfterAnHonorificForTheTitle() {
		Extracted x = read("التقى الوزير، معالي وزير الداخلية الإيطالي ماركو روسي، في مكتبه.");
		assertThat(x.people()).containsExactly("ماركو روسي");
		assertThat(x.offices("ماركو روسي")).containsExactly("وزير الداخلية @ وزارة الداخلية");
	}

	@Test
	void shouldKeepAFamilyNameOfOriginAfterAGivenNameWrittenWithTheArticle() {
		Extracted x = read("التقى المدير العام للأمن الوطني سالم فارس بومدين مع نظيره التونسي، كمال الهادي الجربي، في الجزائر.");
		assertThat(x.people()).containsExactlyInAnyOrder("سالم فارس بومدين", "كمال الهادي الجربي");
		assertThat(x.offices("كمال الهادي الجربي")).containsExactly("المدير العام للأمن الوطني @ المديرية العامة للأمن الوطني");
	}

	@Test
	void shouldTakeAKeptRankThatAnOfficeFollowsForAFamilyName() {
		Extracted x = read("وفي الختام، قام العميد خالد عبدالرحمن الشيخ رئيس الأكاديمية الملكية للشرطة بتوزيع الشهادات على المشاركين.");
		assertThat(x.people()).containsExactly("خالد عبدالرحمن الشيخ");
		assertThat(x.offices("خالد عبدالرحمن الشيخ")).containsExactly("رئيس @ الأكاديمية الملكية للشرطة");
	}

	@Test
	void shouldReadElias() {
		Extracted x = read("حضر الاجتماع المدير العام للأمن العام بالإنابة اللواء الياس فارس الخوري.");
		assertThat(x.people()).containsExactly("الياس فارس الخوري");
	}

	@Test
	void shouldKeepTheTribeAfterAGulfFamilyName() {
		assertThat(read("وأكد مدير عام شرطة عجمان العميد راشد البدواوي الزعابي ضرورة التنسيق.").people()).containsExactly("راشد البدواوي الزعابي");
		assertThat(read("وحضر اللقاء العقيد راشد الزعابي الإماراتي.").people()).containsExactly("راشد الزعابي");
	}

	@Test
	void shouldKeepAFamilyNameOfOriginAfterAPatronym() {
		Extracted x = read("وحضر الجلسة العميد ناصر بن خالد الكويتي مساعد مدير عام الشرطة للشؤون الفنية، إلى جانب ممثلي الدول الأعضاء.");
		assertThat(x.people()).containsExactly("ناصر بن خالد الكويتي");
		assertThat(x.offices("ناصر بن خالد الكويتي")).containsExactly("مساعد مدير عام للشؤون الفنية @ الشرطة");
		assertThat(read("والتقى الوزير العميد سالم بن علي الكويتي في مكتبه.").people()).containsExactly("سالم بن علي الكويتي");
		assertThat(read("وحضر اللقاء العقيد راشد سالم الكويتي.").people()).containsExactly("راشد سالم الكويتي");
	}

	@Test
	void shouldEndANameBeforeTheMattersDiscussed() {
		assertThat(read("عنوان\nبحث الوزير مع وزير الداخلية البرتغالي جواو ماركيش علاقات التعاون بين البلدين.").people()).contains("جواو ماركيش");
		assertThat(read("عنوان\nناقش الوزير مع نظيره البرتغالي جواو ماركيش القضايا ذات الاهتمام المشترك.").people()).contains("جواو ماركيش");
	}

	@Test
	void shouldEndANameBeforeTheTitleOfASpokesperson() {
		Extracted x = read("وضم الوفد الفلسطيني العقيد لؤي ارزيقات الناطق الإعلامي باسم الشرطة.");
		assertThat(x.people()).containsExactly("لؤي ارزيقات");
	}
}
