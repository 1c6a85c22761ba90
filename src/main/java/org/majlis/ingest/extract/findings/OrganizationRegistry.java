package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.OrganizationMention;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Groups the organisation mentions of one article into one mention per organisation and resolves anaphora. A
 * known international body is one whatever its spelling; a national body is one per name and country, its bare
 * name kept as an alias ("وزارة الداخلية" of "وزارة الداخلية الإيطالية") so that another article naming it
 * either way finds it; a one-word bare name ("الشرطة") says too little to be kept.
 */
public final class OrganizationRegistry {

	private static final class Group {
		final String ref;
		OrganizationLexicon.Entry entry;
		final boolean national;
		String name;
		final Set<String> aliases = new LinkedHashSet<>();
		final Set<String> bareHeads = new LinkedHashSet<>();
		/** The names without their country, of every mention. */
		final Set<String> bares = new LinkedHashSet<>();
		String countryKey;
		String countryRule;
		boolean countryAssumed;
		String parentRef;
		String acronym;
		Evidence evidence;
		int lastToken;

		Group(String ref, OrganizationLexicon.Entry entry, boolean national, String name) {
			this.ref = ref;
			this.entry = entry;
			this.national = national;
			this.name = name;
		}
	}

	/** Head nouns of one meaning, by the folded word a name's key starts with: a directorate is an administration. */
	private static final Map<String, String> SAME_HEAD = Map.of("اداره", "مديريه");
	private static final int MIN_PREFIX_WORDS = 3;

	private final OrganizationLexicon lexicon;
	private final java.util.function.Predicate<String> genericWord;
	private final Map<String, Group> groups = new LinkedHashMap<>();

	public OrganizationRegistry(OrganizationLexicon lexicon) {
		this(lexicon, word -> false);
	}

	/** @param genericWord true for a generic adjective ("الوطني", "العامة"), which adds nothing to a name it ends */
	public OrganizationRegistry(OrganizationLexicon lexicon, java.util.function.Predicate<String> genericWord) {
		this.lexicon = lexicon;
		this.genericWord = genericWord;
	}

	/** Adds a mention in the country chosen for it (a key, or null) and returns the ref of its organisation. */
	public String add(OrgHit hit, CountryChoice country, Evidence evidence) {
		boolean national = hit.entry() != null ? hit.entry().national() : hit.national();
		String countryKey = country == null ? null : country.country();
		String key;
		if (hit.entry() != null && !national) {
			key = "k:" + hit.entry().key();
		}
		else if (national) {
			key = sameHead(lexicon.identity(hit.bare())) + "|" + (countryKey == null ? "?" : countryKey);
		}
		else {
			key = "n:" + String.join(" ", ArabicText.tokens(ArabicText.key(hit.surface())).stream()
				.map(w -> w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w).toList());
		}
		Group g = groups.get(key);
		boolean police = countryKey != null && "k:police".equals(lexicon.identity(hit.bare()));
		if (g == null && police) {
			g = policeOf(countryKey);
		}
		OrganizationLexicon.Entry forceOfCountry = g == null && police ? lexicon.policeOfCountry(countryKey) : null;
		if (forceOfCountry != null) {
			g = groups.get("k:" + forceOfCountry.key() + "|" + countryKey);
		}
		if (g == null && national && countryKey != null) {
			g = longerOrShorter(hit.bare(), countryKey);
			if (g != null) {
				groups.put(key, g);
			}
		}
		if (g == null) {
			String name = hit.entry() != null && !national ? hit.entry().name() : hit.surface();
			g = new Group("o" + (groups.size() + 1), hit.entry(), national, name);
			g.evidence = evidence;
			g.countryKey = countryKey;
			g.countryRule = country == null ? null : country.rule();
			g.countryAssumed = country != null && country.isAssumed();
			groups.put(key, g);
			if (forceOfCountry != null) {
				// "الشرطة" of Oman: Royal Oman Police, as its own name will be in the article or another one
				g.entry = forceOfCountry;
				g.name = forceOfCountry.name();
				groups.put("k:" + forceOfCountry.key() + "|" + countryKey, g);
			}
			g.bareHeads.add(OrgHit.bareFirst(name));
			if (hit.entry() != null) {
				g.bareHeads.add(OrgHit.bareFirst(hit.entry().name()));
				hit.entry().aliases().forEach(alias -> groups.get(key).bareHeads.add(OrgHit.bareFirst(alias)));
			}
		}
		if (g.entry == null && hit.entry() != null && national && hit.entry().national()) {
			g.entry = hit.entry();
		}
		boolean fuller = Tokenizer.words(hit.surface()).size() > Tokenizer.words(g.name).size() && !lexicon.genericHeaded(hit.surface())
				|| lexicon.genericHeaded(g.name) && !lexicon.genericHeaded(hit.surface())
						&& Tokenizer.words(hit.surface()).size() >= Tokenizer.words(g.name).size() - lexicon.genericHeadWords(g.name);
		if ((hit.entry() == null || national) && fuller) {
			g.aliases.add(g.name);
			g.name = hit.surface();
		}
		else {
			g.aliases.add(hit.surface());
		}
		if (Tokenizer.words(hit.bare()).size() >= 2) {
			g.aliases.add(hit.bare());
		}
		if (hit.gloss() != null) {
			if (hit.gloss().chars().allMatch(c -> c < 0x250 || Character.isWhitespace(c)) && g.acronym == null) {
				g.acronym = hit.gloss().strip();
			}
			g.aliases.add(hit.gloss().strip());
		}
		g.bareHeads.add(OrgHit.bareFirst(hit.surface()));
		g.bares.add(hit.bare());
		g.lastToken = Math.max(g.lastToken, hit.start());
		return g.ref;
	}

	private static String sameHead(String identity) {
		for (Map.Entry<String, String> e : SAME_HEAD.entrySet()) {
			if (identity.startsWith("n:" + e.getKey() + " ")) {
				return "n:" + e.getValue() + identity.substring(2 + e.getKey().length());
			}
		}
		return identity;
	}

	/**
	 * "المديرية العامة للأمن في الجزائر" and "المديرية العامة للأمن الوطني الجزائرية" in one article: a national body of
	 * the same country whose name is this one's with generic adjectives after it, or this one's without them, is the same
	 * body; so is one whose name goes on with a second domain after "و" ("مديرية شؤون المخدرات" of "مديرية شؤون المخدرات
	 * والمؤثرات العقلية"). The shorter name has three words at least; null when no such body, or several.
	 */
	private Group longerOrShorter(String bare, String countryKey) {
		List<String> words = normalWords(bare);
		Group found = null;
		for (Group g : new LinkedHashSet<>(groups.values())) {
			if (!g.national || !countryKey.equals(g.countryKey)) {
				continue;
			}
			for (String name : g.bares) {
				List<String> other = normalWords(name);
				List<String> shorter = words.size() < other.size() ? words : other;
				List<String> longer = words.size() < other.size() ? other : words;
				String longerName = words.size() < other.size() ? name : bare;
				if (shorter.size() >= MIN_PREFIX_WORDS && shorter.size() < longer.size() && longer.subList(0, shorter.size()).equals(shorter)
						&& (longer.subList(shorter.size(), longer.size()).stream().allMatch(w -> genericWord.test("ال" + w))
								|| coordinatedAt(longerName, shorter.size()))) {
					if (found != null && found != g) {
						return null;
					}
					found = g;
				}
			}
		}
		return found;
	}

	/** "مديرية شؤون المخدرات والمؤثرات العقلية": the word at {@code index} joins another domain to the name with "و". */
	private static boolean coordinatedAt(String name, int index) {
		List<String> tokens = ArabicText.tokens(name);
		if (index >= tokens.size()) {
			return false;
		}
		String word = tokens.get(index);
		return word.startsWith("و") && !ArabicText.stripClitics(word).equals(word);
	}

	private static List<String> normalWords(String name) {
		List<String> words = new ArrayList<>(ArabicText.bareTokens(name));
		if (!words.isEmpty()) {
			words.set(0, SAME_HEAD.getOrDefault(words.getFirst(), words.getFirst()));
		}
		return words;
	}

	/**
	 * "الشرطة الجزائرية" in an article that names the Algerian DGSN: that country's police body; in a country whose
	 * police has a name of its own, that force even where the article does not name it.
	 */
	private Group policeOf(String countryKey) {
		for (Group g : groups.values()) {
			if (g.entry != null && g.entry.police() && !"police".equals(g.entry.key()) && countryKey.equals(g.countryKey)) {
				return g;
			}
		}
		return null;
	}

	public void parent(String childRef, String parentRef) {
		if (childRef == null || parentRef == null || childRef.equals(parentRef)) {
			return;
		}
		groups.values().stream().filter(g -> g.ref.equals(childRef) && g.parentRef == null).forEach(g -> g.parentRef = parentRef);
	}

	/** The organisation an anaphoric head ("المنظمة") points to: the latest one named with that head before it. */
	public String resolve(OrgHit anaphora) {
		String head = OrgHit.bareFirst(anaphora.headForm() == null ? anaphora.surface() : anaphora.headForm());
		Group best = null;
		for (Group g : groups.values()) {
			if (!g.bareHeads.contains(head)) {
				continue;
			}
			boolean before = g.lastToken <= anaphora.start();
			if (best == null || before && (best.lastToken > anaphora.start() || g.lastToken > best.lastToken)) {
				best = g;
			}
		}
		return best == null ? null : best.ref;
	}

	/** The ref of the organisation an organisation of this article is part of, or null. */
	public String parentRef(String ref) {
		Group g = byRef(ref);
		return g == null ? null : g.parentRef;
	}

	/** The country key of an organisation of this article, or null. */
	String countryKey(String ref) {
		Group g = byRef(ref);
		return g == null ? null : g.countryKey;
	}

	private Group byRef(String ref) {
		for (Group g : groups.values()) {
			if (g.ref.equals(ref)) {
				return g;
			}
		}
		return null;
	}

	public List<OrganizationMention> mentions(PlaceRegistry places) {
		List<OrganizationMention> out = new ArrayList<>();
		for (Group g : new LinkedHashSet<>(groups.values())) {
			String lexiconKey = g.entry != null && !g.national ? g.entry.key() : null;
			List<String> aliases = new ArrayList<>();
			if (lexiconKey != null) {
				aliases.addAll(g.entry.aliases().stream().filter(ArabicText::hasArabic).toList());
			}
			else if (g.entry != null) {
				List<String> names = new ArrayList<>(g.entry.standalone() ? g.entry.aliases() : List.of());
				names.add(0, g.entry.name());
				names.stream().filter(n -> ArabicText.hasArabic(n) && Tokenizer.words(n).size() >= 2).forEach(aliases::add);
			}
			for (String a : g.aliases) {
				if (a != null && !a.isBlank() && aliases.stream().noneMatch(x -> ArabicText.key(x).equals(ArabicText.key(a)))
						&& !ArabicText.key(a).equals(ArabicText.key(g.name))) {
					aliases.add(a);
				}
			}
			String acronym = g.entry != null && !g.entry.acronym().isEmpty() ? g.entry.acronym() : g.acronym;
			String nameEn = g.entry != null && !g.entry.nameEn().isEmpty() ? g.entry.nameEn() : null;
			String countryRef = g.countryKey == null ? null
					: places.addCountry(g.countryKey, new Evidence(g.evidence.quote(), g.evidence.start(), g.evidence.end(), 0.8, g.countryRule));
			Evidence evidence = g.countryRule == null ? g.evidence
					: new Evidence(g.evidence.quote(), g.evidence.start(), g.evidence.end(), g.evidence.confidence(),
							g.evidence.rule() + "; country: " + g.countryRule);
			out.add(new OrganizationMention(g.ref, lexiconKey, g.name, nameEn, List.copyOf(aliases), acronym, countryRef, g.parentRef, evidence,
					g.national, g.countryAssumed));
		}
		return out;
	}
}
