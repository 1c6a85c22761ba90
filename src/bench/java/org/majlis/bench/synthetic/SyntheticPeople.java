package org.majlis.bench.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.majlis.common.LexiconTable;

/**
 * A pool of invented officials, each with a rank, a three-part name and an office in an organisation of the
 * lexicon. Drawn with a skew, so that a few people recur often and most now and then, as in the news.
 */
final class SyntheticPeople {

	/** One official; {@code office} is the office with its organisation ("المدير العام للمنظمة الدولية …"). */
	record Person(String rank, String given, String father, String family, String office) {

		String fullName() {
			return rank + " " + given + " " + father + " " + family;
		}

		/** The name without the father's name, as later mentions often write it. */
		String shortName() {
			return rank + " " + given + " " + family;
		}
	}

	private static final List<String> FAMILIES = List.of("الكعبي", "الشامسي", "المهيري", "النعيمي", "الظاهري", "المنصوري",
			"العلوي", "الإدريسي", "التازي", "الحسني", "العمراني", "الزهراني", "الغامدي", "القحطاني", "العتيبي", "الدوسري",
			"الشمري", "المطيري", "الهاشمي", "الخطيب", "الحداد", "النجار", "العبيدي", "الجبوري", "الدليمي", "التميمي",
			"السعدي", "البلوشي", "الرميثي", "الكواري", "المري", "الهاجري", "السويدي", "الفلاسي", "الزعابي", "الحمادي",
			"الجابري", "العنزي", "الرشيدي", "الحارثي", "الرواحي", "العوضي", "الأنصاري", "البدوي", "الساعدي", "المرزوقي",
			"الطنيجي", "البناي");
	private static final List<String> CONSTRUCT_TITLES = List.of("رئيس", "نائب رئيس", "مدير", "ممثل");
	private static final List<String> DEFINITE_TITLES = List.of("المدير العام", "الأمين العام", "الأمين العام المساعد",
			"المدير التنفيذي");

	private final List<Person> people;

	SyntheticPeople(int size, Random random, List<String> organizations) {
		List<String> ranks = LexiconTable.load("ranks").column("arabic", row -> true);
		List<String> given = LexiconTable.load("names").column("arabic", row -> row.is("kind", "given"));
		Set<String> names = new HashSet<>();
		List<Person> pool = new ArrayList<>();
		while (pool.size() < size) {
			String first = pick(given, random);
			String father = pick(given, random);
			String family = pick(FAMILIES, random);
			if (first.equals(father) || !names.add(first + " " + family)) {
				continue;
			}
			pool.add(new Person(pick(ranks, random), first, father, family, office(pick(organizations, random), random)));
		}
		this.people = List.copyOf(pool);
	}

	/** Someone from the pool: low indices far more often than high ones. */
	Person draw(Random random) {
		double u = random.nextDouble();
		return people.get((int) (people.size() * u * u));
	}

	int size() {
		return people.size();
	}

	/** The organisation as the complement of a definite title: "ل" before it, "لل" for a name with the article. */
	static String withLam(String organization) {
		return organization.startsWith("ال") ? "ل" + organization.substring(1) : "ل" + organization;
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String office(String organization, Random random) {
		return random.nextBoolean() ? pick(CONSTRUCT_TITLES, random) + " " + organization
				: pick(DEFINITE_TITLES, random) + " " + withLam(organization);
	}
}
