package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** People are found by a title before or after the name, an apposition, a participation verb or a given name, not only by a rank. */
class PeopleRecognitionTests {

	@Test
	void shouldReadANameWithoutRankAfterAFeminineTitleWithNationality() {
		Extracted x = read("وشارك في الاجتماع الوزاري بحضور وزيرة العدل البلجيكية آن فرانسن.");
		assertThat(x.people()).containsExactly("آن فرانسن");
		assertThat(x.offices("آن فرانسن")).containsExactly("وزيرة العدل @ وزارة العدل");
	}

	@Test
	void shouldReadTheNameARoleVerbNamesBeforeItsOffice() {
		Extracted x = read("واستقبل الوزير في مكتبه ماريا شنايدر مديرة وكالة الحدود الأوروبية.");
		assertThat(x.people()).containsExactly("ماريا شنايدر");
		assertThat(x.offices("ماريا شنايدر")).singleElement().asString().startsWith("مديرة @ وكالة الحدود");
	}

	@Test
	void shouldReadAGivenNameAfterASpeechVerbWithoutRankOrTitle() {
		Extracted x = read("عقد المؤتمر الإقليمي لمكافحة المخدرات في مسقط.\nوأكد سالم راشد البلوشي أن التعاون الإقليمي ضرورة.");
		assertThat(x.people()).containsExactly("سالم راشد البلوشي");
	}

	@Test
	void shouldReadEveryNameOfAListOfForeignNames() {
		Extracted x = read("وشارك في الورشة الخبراء توماس كلاين وبيير مارتان وخوان غارسيا من الاتحاد الأوروبي.");
		assertThat(x.people()).contains("توماس كلاين", "بيير مارتان", "خوان غارسيا");
	}

	@Test
	void shouldNeverMakeAPersonOfATitleOrAnHonorificWithoutAName() {
		assertThat(read("معالي وزير العدل يشيد بجهود الشرطة في مكافحة الجريمة.").people()).isEmpty();
		assertThat(read("ورحب سموه بضيوف المؤتمر، وأشاد بجهود المنظمين.").people()).isEmpty();
		assertThat(read("وأكد المدير العام للشرطة أهمية التدريب.").people()).isEmpty();
	}

	@Test
	void shouldKeepARoleMentionAsARoleAttendee() {
		Extracted x = read("شارك وزير العدل في المؤتمر العربي لرؤساء أجهزة مكافحة الفساد في الدوحة.");
		assertThat(x.people()).isEmpty();
		assertThat(x.attendees(x.event())).containsExactly("role: وزير العدل");
	}

	@Test
	void shouldReadNamesNoLexiconKnowsInAListWhenAnOfficeFollowsEach() {
		Extracted x = read("والتقى الوزير على هامش المنتدى كلا على حدة وزير الداخلية اللبناني، وتوماش نوفاك وزير الداخلية البولندي وأرفيد ساليتيس وزير العدل اللاتفي.");
		assertThat(x.people()).contains("توماش نوفاك", "أرفيد ساليتيس");
		assertThat(x.offices("أرفيد ساليتيس")).containsExactly("وزير العدل @ وزارة العدل");
		Extracted y = read("واجتمع المدير العام بكل من فلان، وكورنيل باروش، المفوض العام للشرطة الوطنية البلجيكية.");
		assertThat(y.people()).contains("كورنيل باروش");
	}

	@Test
	void shouldNotReadUnknownWordsAsANameWithoutAnOfficeAfterThem() {
		assertThat(read("وبحث الجانبان، وتناولت المباحثات سبل التعاون الأمني.").people()).isEmpty();
		assertThat(read("وأشاد الحضور، وثمنوا جهود وزارة الداخلية في مكافحة الجريمة.").people()).isEmpty();
	}

	@Test
	void shouldReadNamesAfterRanksWithSlashesAndANameAfterAPrepositionOnAbd() {
		Extracted x = read("وضم الوفد اللواء شرطة حقوقي / حسن بشير مدير الإدارة العامة للجوازات واللواء شرطة د/ كمال سعيد مدير الإدارة العامة للمرور.");
		assertThat(x.people()).containsExactly("حسن بشير", "كمال سعيد");
		assertThat(x.offices("حسن بشير")).singleElement().asString().startsWith("مدير @ الإدارة العامة للجوازات");
		Extracted y = read("وكان المدير مرفوقا بعبد الكريم الصافي، مدير المكتب المركزي للأبحاث القضائية.");
		assertThat(y.people()).containsExactly("عبد الكريم الصافي");
		Extracted z = read("وحضر الاجتماع الجنرال خوان ماتيو، رئيس أركان الحرس الوطني.");
		assertThat(z.people()).containsExactly("خوان ماتيو");
	}

	@Test
	void shouldReadTheOfficeAfterALatinGlossOfTheName() {
		Extracted x = read("والتقى المدير العام بالسيدة آن روبير (Anne ROBERT)، المديرة العامة للشرطة الوطنية الفرنسية.");
		assertThat(x.offices("آن روبير")).singleElement().asString().startsWith("المديرة العامة @ الشرطة الوطنية");
	}

	@Test
	void shouldGiveEachCounterpartListedByNationalityTheSameOffice() {
		Extracted x = read("وحضر الاجتماع وزير الداخلية المصري كمال حسن، ونظراؤه الليبي سالم عمر والتونسي هشام بكار.");
		assertThat(x.offices("سالم عمر")).containsExactly("وزير الداخلية @ وزارة الداخلية");
		assertThat(x.offices("هشام بكار")).containsExactly("وزير الداخلية @ وزارة الداخلية");
		Extracted y = read("وحضر الاجتماع وزراء الداخلية: الليبي سالم عمر والتونسي هشام بكار.");
		assertThat(y.people()).containsExactly("سالم عمر", "هشام بكار");
	}

	@Test
	void shouldReadTheNextItemOfAListAfterAnHonorificWithAnd() {
		Extracted x = read("وحضر الحفل معالي وزير العدل كمال الجبالي ومعالي وزير الداخلية الطيب الصيد ووالي تونس سالم الفقي.");
		assertThat(x.offices("كمال الجبالي")).containsExactly("وزير العدل @ وزارة العدل");
		assertThat(x.offices("الطيب الصيد")).containsExactly("وزير الداخلية @ وزارة الداخلية");
		assertThat(x.people()).contains("سالم الفقي");
	}

	@Test
	void shouldNotGiveAnOfficeAfterAPrepositionToTheNameBeforeIt() {
		Extracted x = read("واجتمع الوزير سالم عبد الرحيم بالأمين العام للإنتربول جون سميث لبحث التعاون.");
		assertThat(x.offices("سالم عبد الرحيم")).isEmpty();
		assertThat(x.offices("جون سميث")).singleElement().asString().startsWith("الأمين العام @ ");
		Extracted y = read("ورحب مدير الأمن العام بعبدالكريم منصور، مشيدا بجهوده.");
		assertThat(y.people()).isEmpty();
	}

	@Test
	void shouldReadAForeignFamilyNameThatStartsWithWaw() {
		Extracted x = read("ووقع الاتفاقية وزير الداخلية، ودان ويلكنز رئيس وكالة الشرطة الأوروبية يوروبول.");
		assertThat(x.people()).containsExactly("دان ويلكنز");
	}

	@Test
	void shouldGiveACounterpartTheNearestOfficeBeforeItAlsoOfAnOfficeWithoutAName() {
		Extracted x = read("واجتمع العميد سالم حداد مدير إدارة المباحث بخبراء إسبان، فيما التقى وزير الداخلية الإسباني نظيره المغربي كريم العلوي.");
		assertThat(x.offices("كريم العلوي")).containsExactly("وزير الداخلية @ وزارة الداخلية");
	}

	@Test
	void shouldReadTheOfficesBeforeARankAcrossTheScopeOfTheOffice() {
		Extracted x = read("وبين مدير عام الجوازات المشرف العام على الندوة اللواء سالم بن ناصر العتيبي، أن الندوة مهمة.");
		assertThat(x.offices("سالم بن ناصر العتيبي")).isNotEmpty();
	}

	@Test
	void shouldReadANameAfterAnEnvoysTitleAndAnUnknownNameAfterTheGatheringOfAParticipationVerb() {
		Extracted x = read("واستقبل الوزير السفير الفرنسي لدى الدولة جان بيار، ووزير الداخلية الكيني فريد ماتيانغي.");
		assertThat(x.people()).containsExactly("جان بيار", "فريد ماتيانغي");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).isEqualTo("kenya");
		Extracted y = read("وشارك في الاجتماع هيلموت شولتز، مدير الشرطة الاتحادية الألمانية.");
		assertThat(y.people()).containsExactly("هيلموت شولتز");
	}

	@Test
	void shouldReadANameAfterARankAndAnAdjectiveOfNationality() {
		Extracted x = read("وحضر اللقاء العقيد الإسباني ماتيو روميرو والمقدم البحريني سالم جاسم الدوسري.");
		assertThat(x.people()).containsExactly("ماتيو روميرو", "سالم جاسم الدوسري");
		assertThat(x.person("ماتيو روميرو").ranks()).containsExactly("العقيد");
	}

	@Test
	void shouldReadANameAfterAnExpertOrAResearcherWithoutKeepingThemAsRanks() {
		Extracted x = read("وشارك في الجلسة الثانية الخبير الكوري مين جون بارك والباحثة الهولندية ساسكيا ديكر.");
		assertThat(x.people()).containsExactly("مين جون بارك", "ساسكيا ديكر");
		assertThat(x.person("ساسكيا ديكر").ranks()).isEmpty();
		assertThat(read("وأشاد الخبير الأمني في شؤون الإرهاب بنتائج الاجتماع.").people()).isEmpty();
	}

	@Test
	void shouldNotReadTheObjectAHeadlineEndsOnAsTheNameOfAnOffice() {
		Extracted x = read("وزير الداخلية يبحث مع رئيس الإنتربول ملفات التعاون\n\n"
				+ "بحث وزير الداخلية سالم عوض المري اليوم مع رئيس الإنتربول سبل التعاون.");
		assertThat(x.people()).containsExactly("سالم عوض المري");
	}

	@Test
	void shouldEndAnEnvoysTitleWhereAForeignNameNoLexiconKnowsBegins() {
		assertThat(read("وحضر اللقاء السفير الياباني كازوهيرو ميازاكي.").people()).containsExactly("كازوهيرو ميازاكي");
		assertThat(read("وحضر اللقاء سفير اليابان لدى المملكة كازوهيرو ميازاكي.").people()).containsExactly("كازوهيرو ميازاكي");
		assertThat(read("وحضر اللقاء سفير جمهورية كوريا الصديقة لدى البلاد جي هون كيم.").people()).containsExactly("جي هون كيم");
	}

	@Test
	void shouldEndAForeignNameNoLexiconKnowsAtTheGatheringTheVerbsSubjectTakesPartIn() {
		assertThat(read("وحضر الأمين العام للمنظمة هيروشي تاناكا الاجتماع.").people()).containsExactly("هيروشي تاناكا");
		Extracted x = read("وترأست مديرة الشرطة السويدية إنغريد لارسون الجلسة الثانية للمؤتمر.");
		assertThat(x.people()).containsExactly("إنغريد لارسون");
		assertThat(x.offices("إنغريد لارسون")).isNotEmpty();
		assertThat(read("وناقش وزير الداخلية تعزيز التعاون خلال اللقاء.").people()).isEmpty();
	}

	@Test
	void shouldReadTheNameAfterAnOfficeInAStateCalledByItsLongName() {
		Extracted x = read("استقبل الوزير في مكتبه وزير الداخلية بجمهورية باكستان الإسلامية حسن علي شاه والوفد المرافق له.");
		assertThat(x.people()).containsExactly("حسن علي شاه");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).isEqualTo("pakistan");
	}

	@Test
	void shouldNotReadAVerbOrAnAccusativeAfterATitleAsAName() {
		Extracted x = read("وزير الداخلية يتفقد مركز الشرطة\nتلقى وزير الداخلية اتصالاً هاتفياً من نظيره الليبي اللواء سالم عمر الفيتوري.");
		assertThat(x.people()).containsExactly("سالم عمر الفيتوري");
	}

	@Test
	void shouldReadAChineseNameThatBeginsWithTheLetterOfAConjunction() {
		Extracted x = read("واستقبل الوزير نائب وزير الأمن العام الصيني وانغ شياو دونغ.");
		assertThat(x.people()).contains("وانغ شياو دونغ");
	}

	@Test
	void shouldReadAForeignNameWhoseFirstWordReadsAsAPrepositionWithAConjunctionAfterIt() {
		Extracted x = read("واجتمع الوزير مع وزير الداخلية الغاني كوفي أدجاي مينساه، وبحثا تأمين الحدود.");
		assertThat(x.people()).as("«كوفي» is no «ك» before «وفي»").containsExactly("كوفي أدجاي مينساه");
		assertThat(x.offices("كوفي أدجاي مينساه")).isNotEmpty();
	}

	@Test
	void shouldReadANameNoLexiconKnowsAfterTheOfficeAVerbOfMeetingNames() {
		assertThat(read("وعلى هامش الاجتماع، التقى الوزير المفوضة الأوروبية للشؤون الداخلية إيلفا يوهانسون.").people())
			.as("«المفوضة» is a rank and a title; «الأوروبية» belongs to the title").containsExactly("إيلفا يوهانسون");
		assertThat(read("وأجرى الوزير مباحثات مع المفوض الأوروبي للشؤون الداخلية ماتس لوندبيري.").people()).containsExactly("ماتس لوندبيري");
		assertThat(read("وأكد المفوض الأوروبي للشؤون الداخلية تعزيز التعاون.").people()).isEmpty();
	}

	@Test
	void shouldNotReadTheAdjectiveSecurityAsAGivenName() {
		assertThat(Extracted.read("الشرطة تشارك في تمرين أمني مشترك\nمسقط - شاركت الشرطة في التمرين بحضور اللواء سالم عيسى.").people())
			.containsExactly("سالم عيسى");
	}

	@Test
	void shouldReadEuropeanNamesWithTheirParticlesAndAfterAFeminineRank() {
		Extracted x = Extracted.read("استقبل الوزير وفدا من الشرطة الهولندية برئاسة المفوضة يانكه دي فريس، رئيسة وحدة مكافحة الجريمة المنظمة، "
				+ "وضم الوفد كلا من المفتش بيتر يانسن، والمفتش مارك فان دام.");
		assertThat(x.people()).contains("يانكه دي فريس", "بيتر يانسن", "مارك فان دام");
		assertThat(Extracted.read("وقال اللواء محمد علي فان الوزارة مستمرة في جهودها.").people()).containsExactly("محمد علي");
	}

	@Test
	void shouldReadANameAfterATitleWithAPossessivePronounThatIsAlsoAGivenName() {
		Extracted x = Extracted.read("وقال الوزير خلال اجتماعه مع وفد للإنتربول برئاسة أمينه العام يورغن شتوك، إن التعاون مستمر.");
		assertThat(x.people()).containsExactly("يورغن شتوك");
		assertThat(x.attendees(x.event())).containsExactly("يورغن شتوك");
		assertThat(Extracted.read("والتقت الوزيرة أمينة محمد العلي.").people()).containsExactly("أمينة محمد العلي");
	}

	@Test
	void shouldReadARankWithItsGradeAfterItAsOneRank() {
		Extracted x = read("واستقبل المدير العام وفدا من الشرطة الفرنسية يقوده المفوض الرئيسي لوران موريل، وعميد الشرطة الإقليمي سالم بنعلي.");
		assertThat(x.person("لوران موريل").ranks()).containsExactly("المفوض الرئيسي");
		assertThat(x.person("سالم بنعلي").ranks()).containsExactly("عميد الشرطة الإقليمي");
	}

	@Test
	void shouldReadACountryAdjectiveThatEndsANameAsTheFamilyName() {
		Extracted x = read("عنوان\nوأكد اللواء سالم محمد السويدي، مدير عام الشرطة، أن التعاون مثمر، فيما قال العميد خالد المصري إن النتائج جيدة.");
		assertThat(x.people()).contains("سالم محمد السويدي", "خالد المصري");
		assertThat(x.offices("سالم محمد السويدي")).singleElement().asString().startsWith("مدير عام @ الشرطة");
		Extracted minister = read("عنوان\nالتقى وزير الداخلية المصري محمود توفيق نظيره الأردني مازن الفراية.");
		assertThat(minister.people()).containsExactlyInAnyOrder("محمود توفيق", "مازن الفراية");
	}

	@Test
	void shouldReadAForeignNameThatClosesAPurposeAfterATitle() {
		Extracted x = read("عنوان\nوتحدثت في الجلسة مديرة الإنتربول لمكافحة الجرائم السيبرانية ليندا فارغاس.");
		assertThat(x.people()).containsExactly("ليندا فارغاس");
		assertThat(read("عنوان\nوحضر اللقاء مدير إدارة مكافحة جرائم الإنترنت بشرطة دبي.").people()).isEmpty();
	}

	@Test
	void shouldReadACounterpartWhoseOfficeTheTextDoesNotSay() {
		Extracted x = read("عنوان\nالتقى الوزير سالم الحربي نظيره البرتغالي جواو ماركيش في لشبونة أمس.");
		assertThat(x.people()).containsExactlyInAnyOrder("سالم الحربي", "جواو ماركيش");
		assertThat(x.attendees(x.event())).containsExactlyInAnyOrder("سالم الحربي", "جواو ماركيش");
		assertThat(x.offices("جواو ماركيش")).isEmpty();
	}

	@Test
	void shouldReadAForeignNameAfterTheSideItSpeaksFor() {
		Extracted x = read("عنوان\nووقع المذكرة عن الجانب الإماراتي اللواء خالد سالم الكتبي، وعن الجانب الإيطالي ماركو فيراري رئيس الشرطة الوطنية.");
		assertThat(x.people()).contains("ماركو فيراري");
		assertThat(x.offices("ماركو فيراري")).containsExactly("رئيس @ الشرطة الوطنية");
	}

	@Test
	void shouldReadANameAfterARankOrAnExpertAndAnAdjectiveOfTheirField() {
		Extracted x = read("وأشرفت على الدورة الخبيرة الدولية ماريا غونزاليس، وتحدث في الجلسة الخبير الأمني فهد سالم العتيبي والمدربة الأممية هيلين كارتر.");
		assertThat(x.people()).containsExactly("ماريا غونزاليس", "فهد سالم العتيبي", "هيلين كارتر");
		assertThat(x.person("هيلين كارتر").ranks()).isEmpty();
		assertThat(read("وأشاد الخبير الأمني الدولي بنتائج الاجتماع.").people()).isEmpty();
	}

	@Test
	void shouldReadAForeignFamilyNameOfTwoWordsAsThePersonNamedInFullBefore() {
		Extracted x = read("استقبل اللواء خالد سالم الكتبي السيد خوسيه مانويل غارسيا لوبيز مدير الشرطة الوطنية الإسبانية.\n"
				+ "وأشاد السيد غارسيا لوبيز بمستوى التعاون بين البلدين.");
		assertThat(x.people()).containsExactly("خالد سالم الكتبي", "خوسيه مانويل غارسيا لوبيز");
		assertThat(read("استقبل اللواء محمد علي الكعبي العقيد سالم راشد الشامسي، ثم التقى العميد علي الكعبي.").people())
			.contains("علي الكعبي");
	}

	@Test
	void shouldReadANameAfterAKingsTitleAndHonorific() {
		Extracted x = read("برعاية خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، انطلق اليوم المؤتمر الدولي للأمن في الرياض.");
		assertThat(x.people()).containsExactly("سلمان بن عبدالعزيز آل سعود");
		assertThat(x.attendees(x.event())).isEmpty();
		assertThat(read("وصل جلالة السلطان هيثم بن طارق إلى مقر المؤتمر.").people()).containsExactly("هيثم بن طارق");
	}

	@Test
	void shouldReadTheRanksOfTheMaghrebPoliceAsRanksNotOffices() {
		Extracted x = read("الجزائر - وحضر اللقاء مدير الشرطة القضائية العميد الأول للشرطة فريد بن علي، ومحافظ الشرطة كمال زروقي.");
		assertThat(x.people()).containsExactly("فريد بن علي", "كمال زروقي");
		assertThat(x.offices("فريد بن علي")).containsExactly("مدير @ الشرطة القضائية");
		assertThat(x.offices("كمال زروقي")).isEmpty();
	}
}
