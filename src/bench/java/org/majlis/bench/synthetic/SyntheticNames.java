package org.majlis.bench.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.majlis.common.LexiconTable;
import org.majlis.common.LexiconTable.Row;

/**
 * The names of the synthetic data, read from {@code lexicon/synthetic-names.tsv}. For the graph, Arabic names with
 * their English forms, unique by index: people from given, father's and family names (many given names begin with a
 * hamza, so that searching without it is exercised), countries, invented cities, organisations as a kind of body in a
 * country or city, titles and ranks. For the corpus, a pool of officials whose given names and ranks come from the
 * service's own lexicon, so that the extractor reads them as people, each with an office in an organisation.
 */
final class SyntheticNames {

	/** An Arabic name with its English form. */
	record Name(String arabic, String english) {
	}

	/** An official of the corpus; {@code office} is the office with its organisation ("المدير العام للمنظمة الدولية …"). */
	record Official(String rank, String given, String father, String family, String office) {

		String fullName() {
			return rank + " " + given + " " + father + " " + family;
		}

		/** The name without the father's name, as later mentions often write it. */
		String shortName() {
			return rank + " " + given + " " + family;
		}
	}

	private static final LexiconTable TABLE = LexiconTable.load("synthetic-names");

	private static final List<Name> GIVEN = names("given");
	private static final List<Name> FAMILY = names("family");
	private static final List<Name> CITY_STARTS = names("city-start");
	private static final List<Name> CITY_ENDS = names("city-end");
	private static final List<Name> CITY_QUARTERS = names("city-quarter");

	/** Sixty countries of the genre; slugs are the English names in lower case with dashes. */
	static final List<Name> COUNTRIES = names("country");

	/** International bodies first: they are the most frequent organisers and employers. */
	static final List<Name> INTERNATIONAL = names("international");

	static final List<String> ACRONYMS = TABLE.column("acronym", list("international"));

	/** Kinds of national body; the first is the ministry the others belong to. */
	static final List<Name> BODIES = names("body");

	static final List<Name> TITLES = names("title");

	static final List<String> RANKS = TABLE.column("arabic", list("rank"));

	private static final List<String> OFFICIAL_FAMILIES = TABLE.column("arabic", list("official-family"));
	private static final List<String> CONSTRUCT_OFFICES = TABLE.column("arabic", list("office-construct"));
	private static final List<String> DEFINITE_OFFICES = TABLE.column("arabic", list("office-definite"));

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
		return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
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

	/**
	 * {@code size} officials with given and father's names of the service's {@code names.tsv}, a family name of this
	 * file, a rank of {@code ranks.tsv} and an office in one of the organisations; no two share given and family name.
	 */
	static List<Official> officials(int size, Random random, List<String> organizations) {
		List<String> ranks = LexiconTable.load("ranks").column("arabic", row -> true);
		List<String> given = LexiconTable.load("names").column("arabic", row -> row.is("kind", "given"));
		Set<String> names = new HashSet<>();
		List<Official> pool = new ArrayList<>();
		while (pool.size() < size) {
			String first = pick(given, random);
			String father = pick(given, random);
			String family = pick(OFFICIAL_FAMILIES, random);
			if (first.equals(father) || !names.add(first + " " + family)) {
				continue;
			}
			pool.add(new Official(pick(ranks, random), first, father, family, office(pick(organizations, random), random)));
		}
		return List.copyOf(pool);
	}

	/** The organisation as the complement of a definite title: "ل" before it, "لل" for a name with the article. */
	static String withLam(String organization) {
		return organization.startsWith("ال") ? "ل" + organization.substring(1) : "ل" + organization;
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static String office(String organization, Random random) {
		return random.nextBoolean() ? pick(CONSTRUCT_OFFICES, random) + " " + organization
				: pick(DEFINITE_OFFICES, random) + " " + withLam(organization);
	}

	private static Predicate<Row> list(String name) {
		return row -> row.is("list", name);
	}

	private static List<Name> names(String list) {
		return TABLE.rows().stream().filter(list(list)).map(row -> new Name(row.get("arabic"), row.get("english"))).toList();
	}
}
