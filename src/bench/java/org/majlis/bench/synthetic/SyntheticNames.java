package org.majlis.bench.synthetic;

import java.util.List;

/**
 * Arabic names and their English forms for the synthetic graph: people from given, father's and family names
 * (many given names begin with a hamza, so that searching without it is exercised), countries, invented cities,
 * organisations as a kind of body in a country or city, and event names.
 */
final class SyntheticNames {

	/** An Arabic name with its English form. */
	record Name(String arabic, String english) {
	}

	private static final List<Name> GIVEN = names("""
			أحمد Ahmed|إبراهيم Ibrahim|أسامة Osama|أنور Anwar|إسماعيل Ismail|أيمن Ayman|أمين Amin|إياد Iyad|محمد Mohammed|علي Ali
			خالد Khalid|عبدالله Abdullah|عبد الرحمن Abdulrahman|سعيد Saeed|سلطان Sultan|ناصر Naser|فهد Fahd|عمر Omar|يوسف Yousef|حسن Hassan
			حسين Hussein|طارق Tariq|ماجد Majid|راشد Rashid|سالم Salem|منصور Mansour|عادل Adel|فيصل Faisal|هشام Hisham|وليد Walid
			كريم Karim|جمال Jamal|نبيل Nabil|مصطفى Mustafa|مراد Mourad|رشيد Rachid|عبد اللطيف Abdellatif|عبد العزيز Abdulaziz|حمد Hamad|زايد Zayed
			سعود Saud|بدر Badr|ياسر Yasser|مازن Mazen|رامي Rami|سامي Sami|هاني Hani|عماد Imad|جابر Jaber|مؤيد Muayyad""");

	private static final List<Name> FAMILY = names("""
			الهاشمي Al Hashimi|الأنصاري Al Ansari|العتيبي Al Otaibi|القحطاني Al Qahtani|الدوسري Al Dosari|الشمري Al Shammari|المطيري Al Mutairi
			الزهراني Al Zahrani|الغامدي Al Ghamdi|الحربي Al Harbi|الكعبي Al Kaabi|النعيمي Al Nuaimi|المري Al Marri|السويدي Al Suwaidi
			الظاهري Al Dhaheri|البلوشي Al Balushi|الكواري Al Kuwari|الجودر Al Jowder|المعراج Al Maraj|العبسي Al Absi|الريسي Al Raisi
			الإدريسي El Idrissi|العلوي El Alaoui|التازي El Tazi|بنعلي Benali|الفاسي El Fassi|الخطيب Al Khatib|الحسيني Al Husseini
			المصري Al Masri|الأيوبي Al Ayoubi|الشريف Al Sharif|العمري Al Omari|البدري Al Badri|الساعدي Al Saadi|الزبيدي Al Zubaidi
			التميمي Al Tamimi|الكبيسي Al Kubaisi|الأحمدي Al Ahmadi|الإبراهيمي Al Ibrahimi|الأمين Al Amin""");

	/** Sixty countries of the genre; slugs are the English names in lower case with dashes. */
	static final List<Name> COUNTRIES = names("""
			البحرين Bahrain|المغرب Morocco|قطر Qatar|فرنسا France|الإمارات UAE|السعودية Saudi Arabia|الكويت Kuwait|عمان Oman
			الأردن Jordan|مصر Egypt|تونس Tunisia|الجزائر Algeria|ليبيا Libya|العراق Iraq|سوريا Syria|لبنان Lebanon|فلسطين Palestine
			السودان Sudan|اليمن Yemen|موريتانيا Mauritania|تركيا Turkey|إيران Iran|باكستان Pakistan|الهند India|الصين China|اليابان Japan
			كوريا Korea|سنغافورة Singapore|ماليزيا Malaysia|إندونيسيا Indonesia|روسيا Russia|ألمانيا Germany|إيطاليا Italy|إسبانيا Spain
			البرتغال Portugal|بريطانيا Britain|هولندا Netherlands|بلجيكا Belgium|سويسرا Switzerland|النمسا Austria|اليونان Greece
			السويد Sweden|النرويج Norway|بولندا Poland|أوكرانيا Ukraine|كندا Canada|البرازيل Brazil|الأرجنتين Argentina|المكسيك Mexico
			تشيلي Chile|نيجيريا Nigeria|كينيا Kenya|إثيوبيا Ethiopia|جنوب أفريقيا South Africa|السنغال Senegal|رواندا Rwanda
			أستراليا Australia|نيوزيلندا New Zealand|الفلبين Philippines|تايلاند Thailand""");

	private static final List<Name> CITY_STARTS = names("""
			مر Mar|طن Tan|رب Rab|فا Fa|سا Sa|قر Qar|دو Du|بن Ban|كا Ka|زا Za|حل Hal|جد Jad|نا Na|لي Li|ما Ma|شا Sha""");

	private static final List<Name> CITY_ENDS = names("""
			اكش akesh|جة ja|اط at|س s|ين in|ية iya|ان an|ور our|يد id|وب oub|ال al|ات at|يم im|ون oun|ير ir|دة da
			ار ar|يك ik|وش ouch|اد ad""");

	private static final List<Name> CITY_QUARTERS = names("""
			الجديدة New|القديمة Old|الشمالية North|الجنوبية South|الشرقية East|الغربية West|الكبرى Greater|العليا Upper""");

	/** International bodies first: they are the most frequent organisers and employers. */
	static final List<Name> INTERNATIONAL = names("""
			المنظمة الدولية للشرطة الجنائية INTERPOL|مكتب الشرطة الأوروبي Europol|مجلس وزراء الداخلية العرب Council of Arab Interior Ministers
			جهاز الشرطة الخليجية GCCPOL|آلية التعاون الشرطي الأفريقي AFRIPOL|رابطة رؤساء الشرطة في آسيان ASEANAPOL
			مكتب الأمم المتحدة المعني بالمخدرات والجريمة UNODC|جامعة نايف العربية للعلوم الأمنية Naif Arab University for Security Sciences
			مجتمع الشرطة الأمريكية AMERIPOL|الأمانة العامة لمجلس وزراء الداخلية العرب AIMC General Secretariat""");

	static final List<String> ACRONYMS = List.of("INTERPOL", "EUROPOL", "AIMC", "GCCPOL", "AFRIPOL", "ASEANAPOL", "UNODC", "NAUSS",
			"AMERIPOL", "AIMC-GS");

	/** Kinds of national body; the first is the ministry the others belong to. */
	static final List<Name> BODIES = names("""
			وزارة الداخلية Ministry of Interior|الإدارة العامة للأمن العام General Directorate of Public Security
			الإدارة العامة للمباحث الجنائية General Directorate of Criminal Investigation|إدارة مكافحة المخدرات Anti-Narcotics Directorate
			إدارة مكافحة الجرائم الإلكترونية Cybercrime Directorate|المكتب المركزي الوطني للإنتربول INTERPOL National Central Bureau
			إدارة الشؤون الدولية International Affairs Directorate|الإدارة العامة للجوازات General Directorate of Passports
			أكاديمية الشرطة Police Academy|الإدارة العامة للدفاع المدني General Directorate of Civil Defence
			إدارة مكافحة الفساد Anti-Corruption Directorate|الإدارة العامة للمرور General Directorate of Traffic
			إدارة مكافحة الإرهاب Counter-Terrorism Directorate|إدارة الأدلة الجنائية Forensic Evidence Directorate
			الإدارة العامة لخفر السواحل General Directorate of Coast Guard|إدارة مكافحة الاتجار بالبشر Anti-Trafficking Directorate
			مركز الإعلام الأمني Security Media Centre|إدارة التدريب Training Directorate|الإدارة العامة للسجون General Directorate of Prisons
			إدارة الأمن الاقتصادي Economic Security Directorate|المديرية العامة للأمن الوطني General Directorate of National Security
			إدارة حماية الشخصيات VIP Protection Directorate|إدارة شرطة المجتمع Community Policing Directorate
			إدارة الاستخبارات الجنائية Criminal Intelligence Directorate|إدارة العمليات Operations Directorate
			إدارة أمن المنافذ Border Crossings Directorate|إدارة البحث والتحري Search and Investigation Directorate
			الإدارة العامة للإقامة General Directorate of Residency|إدارة الشرطة النسائية Women Police Directorate
			إدارة مكافحة غسل الأموال Anti-Money Laundering Directorate|إدارة الأمن السيبراني Cyber Security Directorate
			إدارة التخطيط الاستراتيجي Strategic Planning Directorate|إدارة الشرطة السياحية Tourist Police Directorate
			المختبر الجنائي Criminal Laboratory|إدارة الاتصالات Communications Directorate""");

	static final List<Name> TITLES = names("""
			الأمين العام Secretary General|رئيس President|نائب الرئيس Vice President|وزير الداخلية Minister of Interior
			مدير عام Director General|مدير Director|نائب المدير Deputy Director|رئيس شعبة Head of Section|مساعد المدير Assistant Director
			قائد Commander|مستشار Adviser|رئيس قسم Head of Department""");

	static final List<String> RANKS = List.of("اللواء", "العميد", "العقيد", "الفريق", "الدكتور", "المقدم", "الشيخ");

	/** Event kinds with the Arabic word and the mean number of attendees. */
	record Kind(String key, String arabic, String english, int meanAttendees, double share) {
	}

	static final List<Kind> KINDS = List.of(new Kind("GENERAL_ASSEMBLY", "الجمعية العامة", "General Assembly", 80, 0.03),
			new Kind("CONFERENCE", "مؤتمر", "Conference", 35, 0.30), new Kind("MEETING", "اجتماع", "Meeting", 12, 0.35),
			new Kind("WORKSHOP", "ورشة عمل", "Workshop", 15, 0.15), new Kind("VISIT", "زيارة", "Visit", 3, 0.12),
			new Kind("OTHER", "ملتقى", "Forum", 8, 0.05));

	private SyntheticNames() {
	}

	/** The name of person {@code i}: unique for every i below 5,000,000. */
	static Name person(int i) {
		int mixed = (int) ((i * 7_919L) % 100_000);
		Name given = GIVEN.get(mixed % GIVEN.size());
		Name father = GIVEN.get((mixed / GIVEN.size() + 7) % GIVEN.size());
		Name family = FAMILY.get(mixed / (GIVEN.size() * GIVEN.size()) % FAMILY.size());
		Name name = join(given, father, family);
		int generation = i / 100_000;
		return generation == 0 ? name : join(given, father, GIVEN.get((generation + 13) % GIVEN.size()), family);
	}

	/** The name of city {@code i}: unique for every i below 2,560. */
	static Name city(int i) {
		Name start = CITY_STARTS.get(i % CITY_STARTS.size());
		Name end = CITY_ENDS.get(i / CITY_STARTS.size() % CITY_ENDS.size());
		Name city = new Name(start.arabic() + end.arabic(), start.english() + end.english());
		int quarter = i / (CITY_STARTS.size() * CITY_ENDS.size());
		if (quarter == 0) {
			return city;
		}
		Name suffix = CITY_QUARTERS.get((quarter - 1) % CITY_QUARTERS.size());
		return new Name(city.arabic() + " " + suffix.arabic() + (quarter > CITY_QUARTERS.size() ? " " + quarter : ""),
				suffix.english() + " " + city.english() + (quarter > CITY_QUARTERS.size() ? " " + quarter : ""));
	}

	static String slug(String english) {
		return english.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static Name join(Name... parts) {
		StringBuilder arabic = new StringBuilder();
		StringBuilder english = new StringBuilder();
		for (Name part : parts) {
			arabic.append(arabic.isEmpty() ? "" : " ").append(part.arabic());
			english.append(english.isEmpty() ? "" : " ").append(part.english());
		}
		return new Name(arabic.toString(), english.toString());
	}

	/** "arabic words English words|…": the English part starts at the first Latin letter. */
	private static List<Name> names(String table) {
		return java.util.Arrays.stream(table.replace('\n', '|').split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
			.map(entry -> {
				int latin = 0;
				while (latin < entry.length() && !Character.isLetter(entry.charAt(latin)) || latin < entry.length()
						&& Character.UnicodeScript.of(entry.charAt(latin)) != Character.UnicodeScript.LATIN) {
					latin++;
				}
				return new Name(entry.substring(0, latin).strip(), entry.substring(latin).strip());
			})
			.toList();
	}
}
