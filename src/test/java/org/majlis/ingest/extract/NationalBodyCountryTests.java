package org.majlis.ingest.extract;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.majlis.ingest.extract.Extracted.countryOfBody;
import static org.majlis.ingest.extract.Extracted.read;

/** A national body's country comes from evidence in the text, and stays unknown without it. */
class NationalBodyCountryTests {

	@Test
	void shouldTellTwoMinistriesOfACounterpartsMeetingApart() {
		Extracted x = read("الكويت - استقبل وزير الداخلية اللواء سالم فهد الحربي نظيره التونسي في مكتبه.");
		assertThat(x.a.organizations()).filteredOn(o -> o.name().equals("وزارة الداخلية") || o.name().startsWith("وزارة الداخلية "))
			.extracting(x::countryOf).containsExactlyInAnyOrder("kuwait", "tunisia");
	}

	@Test
	void shouldGiveTheHostsMinistryTheVisitedCountryThoughTheVisitorsOfTheSameNameHasItsOwn() {
		Extracted x = read("استقبل وزير الداخلية سالم علي الكعبي اليوم في مطار مسقط الدولي الأمير فهد بن خالد آل سعود وزير داخلية "
				+ "المملكة العربية السعودية يرافقه وفد يضم وكيل وزارة الداخلية لشؤون المرور اللواء ناصر بن سعد العتيبي.\n"
				+ "وتأتي زيارة الأمير فهد بن خالد لسلطنة عمان تلبية لدعوة رسمية.");
		assertThat(x.a.organizations()).filteredOn(o -> o.name().equals("وزارة الداخلية"))
			.extracting(x::countryOf).containsExactlyInAnyOrder("oman", "saudi-arabia");
		assertThat(x.a.people()).filteredOn(p -> p.name().equals("سالم علي الكعبي")).singleElement()
			.satisfies(p -> assertThat(x.countryOf(x.a.organizations().stream()
				.filter(o -> o.ref().equals(p.positions().getFirst().organizationRef())).findFirst().orElseThrow())).isEqualTo("oman"));
	}

	@Test
	void shouldTakeTheCountryNamedAfterTheBody() {
		Extracted x = read("شارك العميد سالم ناصر العجمي من وزارة الداخلية بدولة الكويت في الاجتماع.");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).isEqualTo("kuwait");
	}

	@Test
	void shouldTakeTheNationalityOfTheOffice() {
		Extracted x = read("شارك وزير الداخلية الجزائري في الاجتماع الوزاري.");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).isEqualTo("algeria");
	}

	@Test
	void shouldTakeTheCountryOfTheDateline() {
		Extracted x = read("الرباط - شارك المدير العام للأمن الوطني في اجتماع تنسيقي مع المديرية العامة للجمارك.");
		assertThat(x.countryOf(x.organization("المديرية العامة للجمارك"))).isEqualTo("morocco");
	}

	@Test
	void shouldLeaveTheCountryUnknownWithoutEvidence() {
		Extracted x = read("شارك العميد خليل إبراهيم النجار مدير إدارة المرور في اجتماع لجنة السلامة المرورية.");
		assertThat(x.organization("إدارة المرور").countryRef()).isNull();
	}

	@Test
	void shouldGiveAUnitTheCountryOfTheBodyItIsPartOf() {
		Extracted x = read("ليون - استقبل الأمين العام للإنتربول العقيد سامي فؤاد الحداد مدير إدارة التعاون الدولي بوزارة الداخلية الأردنية.");
		assertThat(x.countryOf(x.organization("إدارة التعاون الدولي"))).isEqualTo("jordan");
	}

	@Test
	void shouldTakeACountrysPoliceForTheBodyAnOfficeNames() {
		Extracted x = read("الجزائر - استقبل المدير العام للأمن الوطني، كريم حسن بلقاسم، مدير الأمن العام السعودي، الفريق فهد ناصر العتيبي، "
				+ "الذي يرافقه وفد من الشرطة السعودية.");
		assertThat(x.a.organizations()).filteredOn(o -> "saudi-arabia".equals(x.countryOf(o))).singleElement()
			.satisfies(o -> assertThat(o.aliases()).contains("الشرطة السعودية"));
	}

	@Test
	void shouldTakeACountrysSecurityAdministrationForItsPoliceBody() {
		Extracted x = read("تونس - أكد المدير العام للأمن الوطني، العميد منير صالح الورتاني، حرص إدارة الأمن التونسية على تبادل الخبرات "
				+ "مع الشرطة الليبية.");
		assertThat(x.a.organizations()).filteredOn(o -> "tunisia".equals(x.countryOf(o))).singleElement()
			.satisfies(o -> assertThat(o.aliases()).contains("إدارة الأمن التونسية"));
	}

	@Test
	void shouldTakeTheCountryOfARulingFamilyForItsMembersOffices() {
		Extracted x = read("نقل الوكيل تحيات النائب الأول لرئيس مجلس الوزراء وزير الداخلية الشيخ سالم الخالد الصباح إلى الوفود.");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).isEqualTo("kuwait");
	}

	@Test
	void shouldTakeTheCountryThePeopleRepresent() {
		Extracted x = read("يشارك المدير العام للأمن الوطني على رأس وفد يمثل الجمهورية التونسية في الدورة التي تحتضنها مدينة ليون الفرنسية.");
		assertThat(x.countryOf(x.organization("المديرية العامة للأمن الوطني"))).isEqualTo("tunisia");
	}

	@Test
	void shouldGiveTheBodiesOfAnArticleTheOneCountryTheTextGivesAny() {
		Extracted x = read("استقبل وكيل وزارة الداخلية الفريق سالم الخالد الصباح في مكتبه مدير إدارة المرور العميد ناصر العلي.");
		assertThat(x.countryOf(x.organization("إدارة المرور"))).isEqualTo("kuwait");
	}

	@Test
	void shouldReadNationalitiesOfCountriesFarFromTheRegion() {
		Extracted x = read("وقدم المفتش العام للشرطة الوطنية الرواندية عرضا عن تجربة بلاده.");
		assertThat(x.countryOf(x.organization("الشرطة الوطنية الرواندية"))).isEqualTo("rwanda");
	}

	@Test
	void shouldGiveAUnitTheCountryOfTheBodyItsNameEndsWith() {
		Extracted x = read("باريس - التقى وفد الشرطة الأردنية بمسؤولي المنظمة، وضم الوفد مدير إدارة مالية الشرطة العقيد سامي العلي.");
		assertThat(x.countryOf(x.organization("إدارة مالية الشرطة"))).isEqualTo("jordan");
	}

	@Test
	void shouldNotGiveTheCountryOfAForeignPartnerToTheOtherBodies() {
		Extracted x = read("نظمت أكاديمية الشرطة ورشة عمل بالتعاون مع الوكالة الألمانية للتعاون الدولي.");
		assertThat(x.organization("أكاديمية الشرطة").countryRef()).isNull();
	}

	@Test
	void shouldTakeABodyCutShortForTheBodyOfTheSameCountryNamedInFull() {
		Extracted x = read("تونس - قالت الإدارة العامة للأمن التونسية إن المدير العام للأمن الوطني التونسي استقبل الوفد بمقر المديرية العامة للأمن في تونس.");
		assertThat(x.a.organizations()).filteredOn(o -> "tunisia".equals(x.countryOf(o))).singleElement();
	}

	@Test
	void shouldKeepABodyApartFromAnotherOneWordLonger() {
		Extracted x = read("تونس - التقى مدير الإدارة العامة للشرطة التونسية بمدير الإدارة العامة للشرطة القضائية التونسية.");
		assertThat(x.a.organizations()).filteredOn(o -> "tunisia".equals(x.countryOf(o))).hasSize(2);
	}

	@Test
	void shouldGiveEachDelegationHeadsBodiesTheCountryOfTheirDelegation() {
		Extracted x = read("عقد المؤتمر العربي لرؤساء أجهزة الهجرة في الجزائر.\n"
				+ "وترأس وفد المملكة الأردنية الهاشمية العميد نادر سليم الخوالدة مدير إدارة الإقامة، فيما ترأس وفد دولة "
				+ "الكويت العميد فيصل حمد المطيري مدير إدارة الجوازات.");
		assertThat(x.countryOf(x.organization("إدارة الإقامة"))).isEqualTo("jordan");
		assertThat(x.countryOf(x.organization("إدارة الجوازات"))).isEqualTo("kuwait");
	}

	@Test
	void shouldNotGiveAHostsBodiesTheCountryOfTheDelegationItWelcomes() {
		Extracted x = read("الكويت (كونا) -- استقبل وكيل الحرس الوطني الفريق سالم الخالد الصباح الوفد البلجيكي.\n"
				+ "ورحب مدير إدارة المرور العميد فهد العنزي بالوفد البلجيكي الزائر.");
		assertThat(x.countryOf(x.organization("إدارة المرور"))).isNotEqualTo("belgium");
	}

	@Test
	void shouldGiveTheBodiesOfTheOfficialsNamedAfterASideOfTheTalksThatSidesCountry() {
		Extracted x = read("الكويت - استقبل وزير الداخلية الشيخ فهد سالم الصباح وزير الداخلية السعودي الأمير فيصل بن خالد آل سعود.\n"
				+ "حضر اللقاء وكيل وزارة الداخلية الفريق سالم نواف الأحمد، ومن الجانب السعودي مدير الأمن العام الفريق سعد بن علي الغامدي.");
		PersonMention director = x.person("سعد بن علي الغامدي");
		assertThat(x.countryOf(x.organization(director.positions().getFirst().organizationRef()))).isEqualTo("saudi-arabia");
	}

	@Test
	void shouldGiveTheBodyOfAKnownOfficialsOfficeTheirCountryInAReportFromAbroad() {
		Extracted x = read("تونس - ترأس الأمير عبدالعزيز بن سعود بن نايف وزير الداخلية وفد بلاده إلى الاجتماع الوزاري، "
				+ "وألقى وزير الداخلية سالم بن علي الهمامي كلمة الافتتاح.");
		assertThat(x.countryOf(x.organization(x.person("عبدالعزيز بن سعود بن نايف").positions().getFirst().organizationRef())))
			.isEqualTo("saudi-arabia");
		assertThat(x.countryOf(x.organization(x.person("سالم بن علي الهمامي").positions().getFirst().organizationRef())))
			.isEqualTo("tunisia");
	}



	@Test
	void shouldNotGiveTheVisitedCountryToAVisitorWhoseDelegationARelativeClauseDescribes() {
		Extracted x = read("قام وكيل وزارة الداخلية العميد سالم الورفلي، والوفد المرافق له والذي ضم عددا من مديري الإدارات، بزيارة عمل "
				+ "إلى تونس.\nواجتمع وكيل وزارة الداخلية بالكاتب العام لوزارة الداخلية التونسية.");
		String visitors = x.person("سالم الورفلي").positions().getFirst().organizationRef();
		assertThat(x.organization(visitors).countryRef()).isNull();
	}

	/** Texts whose national body takes the country the text implies, each with the body and the country. */
	static Stream<Arguments> countriesTheTextImplies() {
		return Stream.of(
				arguments(named("a visit told from the side of the known official it opens with",
						"ناقش الأمير عبدالعزيز بن سعود بن نايف وزير الداخلية مع رئيس مجلس الوزراء التعاون الأمني خلال زيارته الرسمية "
								+ "لدولة الكويت.\nوحضر اللقاء مدير عام حرس الحدود اللواء سالم بن فهد العتيبي."),
						"حرس الحدود", "saudi-arabia"),
				arguments(named("a host's body when the visitor is named with a nationality",
						"وصلت المديرة العامة للحرس المدني الإسباني ماريا لوبيز دي سانتوس في زيارة عمل إلى موريتانيا، والتقت قائد الدرك "
								+ "الوطني اللواء سالم ولد أحمد."),
						"الدرك الوطني", "mauritania"),
				arguments(named("not where a planned meeting will be",
						"استقبل وزير الداخلية العميد سالم الحربي الأمين العام للمجلس، الذي سلمه دعوة لحضور الاجتماع المقرر عقده "
								+ "بالعاصمة المغربية الشهر المقبل.\nوأشاد الأمين العام بدور الكويت في دعم العمل الأمني، مثمنا مبادرات الكويت."),
						"وزارة الداخلية", "kuwait"),
				arguments(named("the country the article keeps naming before the venue of its lead",
						"شارك السودان في أعمال الاجتماع الإقليمي لقادة الشرطة الذي استضافته كمبالا أمس.\nوأكد مدير الإدارة العامة "
								+ "للمباحث العميد سالم عثمان الطيب أن السودان يدعم التعاون الإقليمي."),
						"الإدارة العامة للمباحث", "sudan"),
				arguments(named("bodies listed before a country",
						"الرياض - التقى الوزير ممثلين عن وزارة الداخلية والحرس الوطني بإيطاليا لبحث التعاون."),
						"وزارة الداخلية", "italy"));
	}

	@ParameterizedTest
	@MethodSource("countriesTheTextImplies")
	void shouldGiveTheBodyTheCountryTheTextImplies(String text, String body, String country) {
		assertThat(countryOfBody(text, body)).isEqualTo(country);
	}

	@Test
	void shouldTakeTheBarePoliceOfACountryWhosePoliceHasANameForThatForce() {
		Extracted x = read("مسقط - استقبل الفريق سالم بن حمد الراشدي المفتش العام للشرطة والجمارك اليوم وفدا من الشرطة الإيطالية.\n"
				+ "وحضر اللقاء اللواء خالد بن علي البوسعيدي مساعد المفتش العام للشرطة والجمارك.");
		assertThat(x.offices("سالم بن حمد الراشدي")).containsExactly("المفتش العام @ شرطة عمان السلطانية");
		assertThat(x.offices("خالد بن علي البوسعيدي")).containsExactly("مساعد المفتش العام @ شرطة عمان السلطانية");
		assertThat(x.organizations()).filteredOn(name -> name.contains("عمان")).containsExactly("شرطة عمان السلطانية");
	}

	@Test
	void shouldGiveTheBodiesOfADelegationsMembersTheCountryOfTheMinistryItCameFrom() {
		Extracted x = read("وصل إلى الرباط وفد من وزارة الداخلية الليبية برئاسة اللواء سالم عمر الفيتوري مدير الإدارة العامة للجوازات، "
				+ "وضم الوفد كلا من العقيد خالد علي الورفلي مدير إدارة مكافحة الهجرة، والعقيد ناصر فرج الزوي مدير إدارة الأدلة الجنائية.");
		assertThat(x.countryOf(x.organization("الإدارة العامة للجوازات"))).isEqualTo("libya");
		assertThat(x.countryOf(x.organization("إدارة مكافحة الهجرة"))).isEqualTo("libya");
		assertThat(x.countryOf(x.organization("إدارة الأدلة الجنائية"))).isEqualTo("libya");
	}

	@Test
	void shouldGiveAnUnqualifiedBodyTheCountryOfTheAgencyReportingFromAbroad() {
		Extracted x = read("وزير الداخلية يختتم زيارته إلى إسبانيا\nمدريد - بنا\nاختتم وزير الداخلية اللواء سالم راشد الحربي اليوم زيارته "
				+ "الرسمية إلى إسبانيا، والتقى خلالها وزير الداخلية الإسباني فرناندو مارلاسكا.");
		assertThat(x.offices("سالم راشد الحربي")).singleElement().asString().endsWith("@ وزارة الداخلية");
		assertThat(x.countryOf(x.organization(x.person("سالم راشد الحربي").positions().getFirst().organizationRef()))).isEqualTo("bahrain");
		assertThat(x.countryOf(x.organization(x.person("فرناندو مارلاسكا").positions().getFirst().organizationRef()))).isEqualTo("spain");
	}

	@Test
	void shouldGiveTheBodiesOfAParticipantTheCountryHeComesFrom() {
		Extracted x = read("تونس - انطلقت اليوم في تونس أعمال المؤتمر العربي لرؤساء أجهزة مكافحة المخدرات.\n"
				+ "وشارك في المؤتمر من الكويت العميد محمد قبازرد مدير عام الإدارة العامة لمكافحة المخدرات بوزارة الداخلية.\n"
				+ "ومثل المملكة المغربية في المؤتمر والي الأمن محمد الدخيسي، المدير المركزي للشرطة القضائية بالمديرية العامة للأمن الوطني.");
		assertThat(x.countryOf(x.organization("الإدارة العامة لمكافحة المخدرات"))).isEqualTo("kuwait");
		assertThat(x.countryOf(x.organization("وزارة الداخلية"))).as("the ministry the Kuwaiti department is part of").isEqualTo("kuwait");
		assertThat(x.countryOf(x.organization("المديرية العامة للأمن الوطني"))).isEqualTo("morocco");
	}

	@Test
	void shouldNotTakeACountryAfterFromForTheBodiesOfAPersonNamedFarAfterIt() {
		Extracted x = read("تونس - عاد وزير الداخلية من الكويت أمس، وقال العميد سامي الحداد مدير إدارة الإعلام بوزارة الداخلية إن الزيارة ناجحة.");
		assertThat(x.countryOf(x.organization("إدارة الإعلام"))).isEqualTo("tunisia");
	}

	@Test
	void shouldGiveTheOfficeStatedInTheNextSentenceTheCountryOfTheDelegationItsHolderHeads() {
		Extracted x = read("تونس - انطلقت اليوم في تونس أعمال المؤتمر العربي لرؤساء أجهزة مكافحة المخدرات.\n"
				+ "وترأس وفد المملكة الأردنية الهاشمية العميد حسان القضاة. وهو مدير إدارة مكافحة المخدرات في مديرية الأمن العام.");
		assertThat(x.offices("حسان القضاة")).containsExactly("مدير إدارة مكافحة المخدرات @ مديرية الأمن العام");
		assertThat(x.countryOf(x.organization("مديرية الأمن العام"))).isEqualTo("jordan");
	}

	@Test
	void shouldTakeTheCountryOfTheLebaneseNationalNewsAgencyReportingFromAbroad() {
		Extracted x = read("وزير الداخلية في باريس\nباريس - الوكالة الوطنية للإعلام\nالتقى وزير الداخلية العميد أحمد الحجار اليوم في باريس "
				+ "المدير العام للشرطة الوطنية الفرنسية لويس لوجيه.");
		assertThat(x.countryOf(x.organization(x.person("أحمد الحجار").positions().getFirst().organizationRef()))).isEqualTo("lebanon");
	}

	@Test
	void shouldGiveEveryMemberADelegationOfAStatedCountryComprisesItsCountry() {
		Extracted x = read("الكويت - اختتمت اليوم في الكويت اجتماعات اللجنة الأمنية المشتركة بين الكويت والعراق.\n"
				+ "وضم الوفد العراقي كلا من اللواء حسن الزيدي مدير عام الجوازات، واللواء علي العكيلي مدير شرطة الحدود، "
				+ "والعقيد ريم عبد الله مديرة قسم التعاون الدولي.");
		assertThat(x.offices("علي العكيلي")).containsExactly("مدير @ شرطة الحدود");
		assertThat(x.countryOf(x.organization("شرطة الحدود"))).isEqualTo("iraq");
		assertThat(x.countryOf(x.organization("قسم التعاون الدولي"))).isEqualTo("iraq");
	}

	@Test
	void shouldGiveAnOfficeNamedWithoutItsHolderTheCountryTheArticleNamesItWith() {
		Extracted x = read("مدير الأمن العام يستقبل وفدا من الشرطة الإيطالية\n"
				+ "استقبل مدير الأمن العام اللواء حسين الحواتمة، في مكتبه اليوم، وفدا من الشرطة الإيطالية برئاسة نائب رئيس الشرطة "
				+ "الجنرال ماركو بيانكي.");
		assertThat(x.organizations()).containsOnlyOnce("الأمن العام");
		assertThat(x.countryOf(x.organization("الأمن العام"))).isEqualTo("jordan");
	}
}
