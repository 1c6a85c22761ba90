package org.majlis.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.majlis.ingest.extract.Extracted.read;

/** Chained, rare and feminine titles, each with the body it is held in. */
class OfficeTitleTests {

	@Test
	void shouldReadBothOfficesOfAChainedTitle() {
		Extracted x = read("وفي مسقط استقبل الشيخ حمد سعيد الهنائي، النائب الثاني لرئيس مجلس الوزراء وزير الداخلية العماني، وفدا أوروبيا.");
		assertThat(x.offices("حمد سعيد الهنائي")).containsExactlyInAnyOrder("النائب الثاني لرئيس مجلس الوزراء @ مجلس الوزراء",
				"وزير الداخلية @ وزارة الداخلية");
		OrganizationMention ministry = x.organization("وزارة الداخلية");
		assertThat(x.countryOf(ministry)).isEqualTo("oman");
	}

	@Test
	void shouldLeaveATatweelAfterAProcliticOutOfTheTitle() {
		Extracted x = read("سلم الوزير رئاسة الدورة لـوزير الداخلية البحريني الفريق راشد عبدالله الخليفة في مدينة تونس.");
		assertThat(x.offices("راشد عبدالله الخليفة")).containsExactly("وزير الداخلية @ وزارة الداخلية");
	}

	@Test
	void shouldReadRareTitles() {
		assertThat(read("حضر الاجتماع العقيد حيدر كاظم الموسوي آمر كلية الشرطة.").offices("حيدر كاظم الموسوي"))
			.containsExactly("آمر @ كلية الشرطة");
		assertThat(read("حضر الاجتماع العميد سالم علي الحارثي مقرر الهيئة العليا لأمن الحدود.").offices("سالم علي الحارثي"))
			.containsExactly("مقرر @ الهيئة العليا لأمن الحدود");
		assertThat(read("حضر الاجتماع اللواء سعيد حمد النعيمي قائد قوات الطوارئ الخاصة.").offices("سعيد حمد النعيمي"))
			.containsExactly("قائد @ قوات الطوارئ الخاصة");
		assertThat(read("حضر الاجتماع اللواء منير خالد العبيدي رئيس جهاز الأمن الوقائي.").offices("منير خالد العبيدي"))
			.containsExactly("رئيس @ جهاز الأمن الوقائي");
	}

	@Test
	void shouldKeepTheFieldOfAnAssistantMinistersTitle() {
		Extracted x = read("شارك اللواء محمود فؤاد عبد الحميد مساعد وزير العدل لقطاع السجون والإصلاح في المؤتمر.");
		assertThat(x.offices("محمود فؤاد عبد الحميد")).containsExactly("مساعد وزير العدل لقطاع السجون والإصلاح @ وزارة العدل");
	}

	@Test
	void shouldReadTheBranchOfAPoliceStationAsAUnitOfItsOffice() {
		Extracted x = read("شارك الرائد سالم خالد المهيري مدير فرع التحريات بمركز شرطة المدينة الجامعية في الدورة التدريبية.");
		assertThat(x.offices("سالم خالد المهيري")).containsExactly("مدير فرع التحريات @ مركز شرطة المدينة الجامعية");
	}

	@Test
	void shouldReadFeminineTitles() {
		assertThat(read("وحضرت الاجتماع السيدة ليلى حسن العلي رئيسة قسم حقوق الإنسان.").offices("ليلى حسن العلي"))
			.containsExactly("رئيسة @ قسم حقوق الإنسان");
		assertThat(read("وحضرت الاجتماع العقيد منى سالم الكعبي مديرة إدارة الشرطة المجتمعية.").offices("منى سالم الكعبي"))
			.containsExactly("مديرة @ إدارة الشرطة المجتمعية");
	}

	@Test
	void shouldReadTheMinistryAMinistersTitleNamesAndTheCountryOfARareNationality() {
		Extracted x = read("والتقى الوزير كلا على حدة مع ساوليوس تامكوس وزير الشؤون الداخلية البولندي، وأمين شاكر وزير الصحة العماني.");
		assertThat(x.offices("ساوليوس تامكوس")).containsExactly("وزير الشؤون الداخلية @ وزارة الشؤون الداخلية");
		assertThat(x.countryOf(x.organization("وزارة الشؤون الداخلية"))).isEqualTo("poland");
		assertThat(x.offices("أمين شاكر")).containsExactly("وزير الصحة @ وزارة الصحة");
	}

	@Test
	void shouldKeepAFieldJoinedToAMinistersTitleButNotAnotherOffice() {
		Extracted x = read("وحضر الحفل وزير الداخلية والجماعات المحلية كمال سعدي ووزير العدل والرئيس الفخري للجمعية سالم ناصر.");
		assertThat(x.offices("كمال سعدي")).containsExactly("وزير الداخلية والجماعات المحلية @ وزارة الداخلية والجماعات المحلية");
	}

	@Test
	void shouldReadTheBodyADirectorGeneralsTitleNames() {
		Extracted x = read("والتقى الوزير بالسيد جان دوبون، المدير العام للأمن المدني الفرنسي.");
		assertThat(x.offices("جان دوبون")).containsExactly("المدير العام للأمن المدني @ الأمن المدني");
		assertThat(x.countryOf(x.organization("الأمن المدني"))).isEqualTo("france");
	}

	@Test
	void shouldNotGiveAnOfficeJoinedByAndToTheNameBeforeIt() {
		Extracted x = read("ووقع الاتفاقية الأمير خالد بن فهد ونائب رئيس الوزراء وزير العدل الإندونيسي.");
		assertThat(x.offices("خالد بن فهد")).isEmpty();
		Extracted y = read("ووقع الاتفاقية الفريق سالم الكعبي وزير الداخلية ونائب رئيس الوزراء.");
		assertThat(y.offices("سالم الكعبي")).hasSize(2);
	}

	@Test
	void shouldReadTwoOfficesJoinedByAndAfterADirectorGeneral() {
		Extracted x = read("وأكد العميد سالم بن راشد الهاشمي مدير عام المرور والسلامة ورئيس جهاز الأمن الوقائي، أهمية التعاون.");
		assertThat(x.offices("سالم بن راشد الهاشمي")).containsExactly("مدير عام المرور والسلامة @ المرور والسلامة", "رئيس @ جهاز الأمن الوقائي");
	}

	@Test
	void shouldReadTheSecretaryGeneralOfAMinistry() {
		Extracted x = read("افتتحت الندوة بحضور كل من كريم العلوي الكاتب العام لوزارة الداخلية.");
		assertThat(x.offices("كريم العلوي")).containsExactly("الكاتب العام @ وزارة الداخلية");
	}

	@Test
	void shouldSplitAMinistersTitleFromATitleBeforeItAndKeepAJoinedBodyInTheComplement() {
		Extracted x = read("ووقعها عن الجانب الماليزي الوزير المنسق للأمن الداخلي وزير الشؤون الداخلية داتو سري زاهد.");
		assertThat(x.offices("داتو سري زاهد")).contains("وزير الشؤون الداخلية @ وزارة الشؤون الداخلية");
		Extracted y = read("وحضر اللقاء اللواء سالم العتيبي مدير عام الشؤون الفنية والتدريب الخارجي.");
		assertThat(y.offices("سالم العتيبي")).containsExactly("مدير عام الشؤون الفنية والتدريب الخارجي @ الشؤون الفنية والتدريب الخارجي");
	}

	@Test
	void shouldReadTheNameAfterThePurposeOfABodyAndABodyAfterTheKindOfUnit() {
		Extracted x = read("وحضرت الندوة رئيسة الهيئة الوطنية لمكافحة الاتجار بالبشر سلمى الكواري.");
		assertThat(x.offices("سلمى الكواري")).singleElement().asString().startsWith("رئيسة @ الهيئة الوطنية");
		Extracted y = read("والتقى المدير بكل من فلان، وبيدرو مارين، المفوض العام للتحقيقات في فيلق الشرطة الوطنية الكولومبية.");
		assertThat(y.offices("بيدرو مارين")).singleElement().asString().endsWith("@ الشرطة الوطنية الكولومبية");
	}

	@Test
	void shouldReadAChainOfOfficesThroughABodyThatContainsTheLastOne() {
		Extracted x = read("وحضر الافتتاح وزير العدل الرئيس الفخري لمجلس وزراء الداخلية العرب رئيس مجلس أمناء أكاديمية الخليج للعلوم الشرطية الأمير سعود بن فيصل.");
		assertThat(x.offices("سعود بن فيصل")).contains("وزير العدل @ وزارة العدل", "الرئيس الفخري @ مجلس وزراء الداخلية العرب");
	}

	@Test
	void shouldGiveBothBodiesOfAnOfficeJoinedByAndToTheName() {
		Extracted x = read("استقبل المدير العام للأمن الوطني ومديرية الاستعلامات العامة كريم الزاهي وفدا بلجيكيا.");
		assertThat(x.offices("كريم الزاهي")).containsExactly("المدير العام للأمن الوطني @ المديرية العامة للأمن الوطني",
				"المدير العام @ مديرية الاستعلامات العامة");
	}

	@Test
	void shouldReadAnOfficeAfterAPronounInApposition() {
		Extracted x = read("وشارك في الورشة العقيد سامي حداد، وهو مدير الإدارة العامة لمكافحة المخدرات.");
		assertThat(x.offices("سامي حداد")).singleElement().asString().startsWith("مدير @ الإدارة العامة لمكافحة المخدرات");
	}

	@Test
	void shouldReadADeputysTitleWithoutTheConjunctionBeforeIt() {
		Extracted x = read("وحضر الحفل الأمين العام للمجلس، ونائب رئيس الحرس الوطني الفريق سالم النقبي.");
		assertThat(x.offices("سالم النقبي")).containsExactly("نائب رئيس @ الحرس الوطني");
	}

	@Test
	void shouldGiveTheOfficeOfAUnitToTheBodyNamedAfterItBeforeTheHoldersName() {
		Extracted x = read("وتحدث في الندوة رئيس جامعة الخليج للعلوم الأمنية.\nوأوضح مدير إدارة الشؤون الإدارية والمالية بالجامعة الدكتور سالم المري أن الندوة مهمة.");
		assertThat(x.offices("سالم المري")).singleElement().asString().endsWith("@ جامعة الخليج للعلوم الأمنية");
		Extracted y = read("ويضم الوفد العقيد سالم الحداد مدير التوعية المرورية بمديرية الأمن العام اللبنانية، وأ. كريم العمري مدير إذاعة الشرطة.");
		assertThat(y.offices("سالم الحداد")).singleElement().asString().contains("@ مديرية الأمن العام");
		assertThat(y.people()).contains("كريم العمري");
	}

	@Test
	void shouldKeepAOneWordFieldInTheTitleAndReadTheOfficeChainedAfterIt() {
		Extracted x = read("وحضر اللقاء العميد كمال يوسف الرواشدة، مساعد مدير الأمن العام للعمليات، رئيس اللجنة الأمنية العليا.");
		assertThat(x.offices("كمال يوسف الرواشدة")).containsExactlyInAnyOrder("مساعد مدير الأمن العام للعمليات @ الأمن العام",
				"رئيس @ اللجنة الأمنية العليا");
	}

	@Test
	void shouldReadTheHolderOfAnOfficeWhoseBodyIsRepeatedByItsHeadNoun() {
		Extracted x = read("حضر الاستقبال رئيسة وحدة التعاون الدولي بالوزارة الدكتورة منى بنت سالم الحربي.");
		assertThat(x.offices("منى بنت سالم الحربي")).containsExactly("رئيسة @ وحدة التعاون الدولي");
	}

	@Test
	void shouldReadTheHolderOfARegionalOfficeAfterItsRegion() {
		Extracted x = read("وأوضح مدير مكتب الإنتربول الإقليمي في الشرق الأوسط وشمال أفريقيا باتريك دوبوا أن الورشة مهمة.\n"
				+ "وشارك رئيس مكتب الاتصال لشرق أفريقيا والقرن الأفريقي بالإنتربول العقيد سالم علي النعيمي في الاجتماع.");
		assertThat(x.offices("باتريك دوبوا")).containsExactly("مدير @ مكتب الإنتربول الإقليمي");
		assertThat(x.offices("سالم علي النعيمي")).hasSize(1);
	}

	@Test
	void shouldLeaveAJudgesHonorificOutOfTheOfficeAndTheName() {
		Extracted x = Extracted.read("ترأس وزير الداخلية والبلديات القاضي سامي فؤاد الخوري اجتماعا لمجلس الأمن المركزي، حضره المدير العام لأمن الدولة "
				+ "اللواء جورج نصر الله.");
		assertThat(x.offices("سامي فؤاد الخوري")).containsExactly("وزير الداخلية والبلديات @ وزارة الداخلية والبلديات");
		assertThat(x.offices("جورج نصر الله")).containsExactly("المدير العام @ أمن الدولة");
	}

	@Test
	void shouldReadTheNameAfterARepresentativeOfABody() {
		Extracted x = Extracted.read("وحضر الحفل ممثلة مكتب الأمم المتحدة المعني بالمخدرات والجريمة سارة فؤاد الحسيني.");
		assertThat(x.people()).containsExactly("سارة فؤاد الحسيني");
	}

	@Test
	void shouldReadTheMinisterOfNationalDefenceWithTheNameAfterIt() {
		Extracted x = read("واستقبل وزير الدفاع الوطني، سالم أحمد بوزيد، وفد الدرك الإسباني.");
		assertThat(x.offices("سالم أحمد بوزيد")).containsExactly("وزير الدفاع الوطني @ وزارة الدفاع الوطني");
	}

	@Test
	void shouldPlaceTheMinistersAssistantForASectorInTheMinistryNamedBefore() {
		Extracted x = read("استقبل وزير الداخلية اللواء سالم فهد الحربي وفد الشرطة الإيطالية، بحضور مساعد الوزير لقطاع الأمن الوطني "
				+ "اللواء خالد عمر البنا.");
		assertThat(x.offices("خالد عمر البنا")).containsExactly("مساعد الوزير لقطاع الأمن الوطني @ وزارة الداخلية");
	}

	@Test
	void shouldReadTheNameAfterTheGovernmentAMinisterServesIn() {
		Extracted x = read("وشارك في الاجتماع وزير الداخلية بحكومة الاستقرار الوطني سالم عمر الفيتوري.");
		assertThat(x.offices("سالم عمر الفيتوري")).containsExactly("وزير الداخلية @ وزارة الداخلية");
	}

	@Test
	void shouldReadTheFirstOfTwoMinistersNamedAfterATitleInTheDual() {
		Extracted x = read("وعقد المدير العام للأمن الوطني لقاءين مع وزيري الدفاع الوطني، خالد ولد أحمد، والعدل، محمد ولد سالم.");
		assertThat(x.offices("خالد ولد أحمد")).containsExactly("وزيري الدفاع الوطني @ وزارة الدفاع الوطني");
	}

	@Test
	void shouldReadAnOfficeAfterARelativeClauseOfHoldingIt() {
		Extracted x = read("وحضر اللقاء المقدم سالم العبيدي الذي يشغل منصب مدير إدارة الأدلة الجنائية، والرائد هند الكواري التي تتولى "
				+ "مهام رئيسة قسم التدريب.");
		assertThat(x.offices("سالم العبيدي")).singleElement().asString().startsWith("مدير @ إدارة الأدلة الجنائية");
		assertThat(x.offices("هند الكواري")).singleElement().asString().isEqualTo("رئيسة @ قسم التدريب");
	}

	@Test
	void shouldReadTheNationalSecurityAdviserAsAnOfficeInHisBody() {
		Extracted x = read("بغداد - واستقبل الوزير مستشار الأمن القومي سالم الجبوري.");
		assertThat(x.offices("سالم الجبوري")).containsExactly("مستشار الأمن القومي @ مستشارية الأمن القومي");
	}

	@Test
	void shouldReadTheBodyOfAnOfficeFromItsHeadNounAfterIn() {
		Extracted x = read("أعلن الإنتربول نجاح العملية. وقال مدير الجريمة المنظمة في المنظمة ماركوس فيبر إن العملية ناجحة.");
		assertThat(x.offices("ماركوس فيبر")).containsExactly("مدير الجريمة المنظمة @ المنظمة الدولية للشرطة الجنائية");
	}

	@Test
	void shouldReadTheBodyARelativeClauseSaysThePersonHeadsAsTheirOffice() {
		Extracted x = Extracted.read("عنوان\nوأكد سالم عيسى، الذي يرأس المكتب المركزي الوطني للإنتربول في الكويت، أهمية التعاون.");
		assertThat(x.offices("سالم عيسى")).singleElement().asString().startsWith("رئيس @ المكتب المركزي الوطني للإنتربول");
	}

	@Test
	void shouldGiveAnOfficeStatedInASentenceOfItsOwnToThePersonItSpeaksOf() {
		String opening = "عنوان\nشارك العقيد ماجد سالم الرميثي في أعمال الندوة الإقليمية للأمن السيبراني.\n";
		assertThat(read(opening + "وهو مدير إدارة مكافحة الجرائم الإلكترونية في شرطة الشارقة.").offices("ماجد سالم الرميثي"))
			.singleElement().asString().startsWith("مدير");
		assertThat(read(opening + "والرميثي هو مدير إدارة مكافحة الجرائم الإلكترونية في شرطة الشارقة.").offices("ماجد سالم الرميثي"))
			.singleElement().asString().startsWith("مدير");
		assertThat(read(opening + "ويشغل الرميثي منصب مدير إدارة مكافحة الجرائم الإلكترونية في شرطة الشارقة.").offices("ماجد سالم الرميثي"))
			.singleElement().asString().startsWith("مدير");
	}

	@Test
	void shouldNotGiveAStatedOfficeToAPersonTheSentenceBeforeDoesNotName() {
		Extracted x = read("عنوان\nشارك العقيد ماجد سالم الرميثي في أعمال الندوة الإقليمية للأمن السيبراني.\nوناقشت الندوة سبل التعاون.\n"
				+ "وهو مدير إدارة مكافحة الجرائم الإلكترونية في شرطة الشارقة.");
		assertThat(x.offices("ماجد سالم الرميثي")).isEmpty();
	}

	@Test
	void shouldReadAFirstAssistantOrDeputyAsADeputyOfTheOffice() {
		assertThat(read("وحضر اللقاء اللواء حسن عبدالفتاح مساعد أول وزير الداخلية لقطاع الأمن.").offices("حسن عبدالفتاح"))
			.singleElement().asString().startsWith("مساعد أول وزير الداخلية");
		assertThat(read("وحضر اللقاء اللواء حسن عبدالفتاح نائب أول مدير الأمن العام.").offices("حسن عبدالفتاح"))
			.singleElement().asString().startsWith("نائب أول مدير الأمن العام");
	}

	@Test
	void shouldReadASecretaryOfStateAndTheFieldOfTheOfficeBeforeTheName() {
		assertThat(read("عنوان\nأجرى المدير العام سالم الحربي مباحثات مع كاتبة الدولة الإسبانية للأمن إيلينا مورينو.").people())
			.contains("إيلينا مورينو");
		assertThat(read("عنوان\nأجرى المدير العام سالم الحربي مباحثات مع كاتب الدولة الإسباني للأمن خوسيه لوبيز.").people())
			.contains("خوسيه لوبيز");
	}

	@Test
	void shouldReadATitleWithAPossessivePronounAsAnOfficeOfTheBodyNamedBefore() {
		Extracted x = read("عنوان\nزار الوزير سالم الحربي مقر المديرية العامة للأمن الداخلي، حيث التقى مديرتها إيلينا مورينو.");
		assertThat(x.offices("إيلينا مورينو")).containsExactly("مديرة @ المديرية العامة للأمن الداخلي");
		assertThat(read("عنوان\nوبحث الوزير سالم الحربي مع رئيسه الجديد خالد سعيد.").offices("خالد سعيد")).isEmpty();
		// "نائبه": his deputy, a person's, not the body's named before
		assertThat(read("عنوان\nاستقبل الوزير سالم الحربي في مقر المنظمة الدولية للشرطة الجنائية وفدا بحضور نائبه اللواء خالد سعيد.")
			.offices("خالد سعيد")).isEmpty();
	}

	@Test
	void shouldReadAWomanPrimeMinistersOffice() {
		assertThat(read("عنوان\nالتقى الوزير سالم الحربي رئيسة الوزراء الإيطالية سارة بيانكي.").offices("سارة بيانكي"))
			.containsExactly("رئيسة الوزراء @ مجلس الوزراء");
	}

	@Test
	void shouldGiveTheHeadOfADelegationAnOfficeInTheBodyItComesFrom() {
		Extracted x = read("عنوان\nاستقبل الوزير سالم الحربي وفدا من المنظمة الدولية للشرطة الجنائية برئاسة المدير التنفيذي للعمليات جان دوبوا.");
		assertThat(x.offices("جان دوبوا")).containsExactly("المدير التنفيذي للعمليات @ المنظمة الدولية للشرطة الجنائية");
		Extracted deputy = read("عنوان\nاستقبل الوزير سالم الحربي وفدا من المنظمة الدولية للشرطة الجنائية برئاسة نائب المدير التنفيذي جان دوبوا.");
		assertThat(deputy.offices("جان دوبوا")).containsExactly("نائب المدير التنفيذي @ المنظمة الدولية للشرطة الجنائية");
	}

	@Test
	void shouldKeepAWordThatEndsNamesInsideABodyAfterTheArticle() {
		// "علاقات" ends a person's name ("… لفتيت علاقات التعاون"), not "للعلاقات العامة" in a body's
		assertThat(read("عنوان\nحضر الورشة المدير العام للإدارة العامة للعلاقات العامة والإعلام الأمني اللواء سالم راشد الحربي.")
			.offices("سالم راشد الحربي")).singleElement().asString().endsWith("@ الإدارة العامة للعلاقات العامة والإعلام الأمني");
	}

	@Test
	void shouldReadADirectorGeneralNamedByAPronounAsTheOfficeOfTheBodyBefore() {
		assertThat(read("عنوان\nزار الوزير سالم الحربي مقر الحرس المدني الإسباني، حيث كان في استقباله مديرته العامة إيلينا مورينو.")
			.offices("إيلينا مورينو")).containsExactly("المديرة العامة @ الحرس المدني الإسباني");
		assertThat(read("عنوان\nزار الوزير سالم الحربي مقر الحرس المدني الإسباني، حيث التقى مديره العام اللواء خوسيه لوبيز.")
			.offices("خوسيه لوبيز")).containsExactly("مديره العام @ الحرس المدني الإسباني");
		assertThat(read("عنوان\nمنح الإنتربول الوزير سالم الحربي وساما بحضور جان دوبوا أمينها العام.").offices("جان دوبوا"))
			.containsExactly("أمينها العام @ المنظمة الدولية للشرطة الجنائية");
	}

	@Test
	void shouldReadTheOfficeASentenceOpeningWithWasStatesOfAPersonNamedBefore() {
		Extracted x = read("ليون - انتخبت الجمعية العامة للإنتربول اليوم العميد سعيد عبيد الخالدي عضوا في اللجنة التنفيذية.\n"
				+ "وكان العميد الخالدي يشغل منصب مدير إدارة الشرطة الدولية في وزارة الداخلية.");
		assertThat(x.offices("سعيد عبيد الخالدي")).containsExactly("مدير @ إدارة الشرطة الدولية");
		assertThat(x.people()).containsExactly("سعيد عبيد الخالدي");
	}

	@Test
	void shouldReadTheOfficeSomeoneIsElectedOrAppointedToInTheAccusative() {
		Extracted x = read("ليون - انتخبت الجمعية العامة للمنظمة الدولية للشرطة الجنائية اليوم العميد سعيد عبيد الخالدي نائبا لرئيس المنظمة عن قارة آسيا.\n"
				+ "وعين مجلس الوزراء اللواء سالم فهد الحربي مديرا للإدارة العامة لمكافحة المخدرات.");
		assertThat(x.offices("سعيد عبيد الخالدي")).singleElement().asString().endsWith("@ المنظمة الدولية للشرطة الجنائية");
		assertThat(x.offices("سالم فهد الحربي")).singleElement().asString().endsWith("@ الإدارة العامة لمكافحة المخدرات");
		assertThat(read("وجعل التدريب شرطا رئيسا للترقية في الشرطة.").people()).isEmpty();
	}

	@Test
	void shouldReadTheOfficeSomeoneIsElectedToAfterTheCountryTheyComeFrom() {
		Extracted x = read("انتخبت الجمعية العامة للمنظمة الدولية للشرطة الجنائية في مراكش السيدة آن ماري دوبوا من بلجيكا رئيسة للمنظمة.");
		assertThat(x.offices("آن ماري دوبوا")).containsExactly("رئيسة @ المنظمة الدولية للشرطة الجنائية");
	}
}
