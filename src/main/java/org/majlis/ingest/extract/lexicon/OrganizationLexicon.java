package org.majlis.ingest.extract.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.ArabicText;
import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Known organisations ({@code lexicon/organizations.tsv}, with their short forms and acronyms) and the head nouns
 * that open the name of one the lexicon does not know ({@code organization-heads.tsv}).
 */
public final class OrganizationLexicon {

	/**
	 * A known organisation. A national one ("وزارة الداخلية") exists in every country and has no global key; a
	 * contextual one ({@code standalone} false: "الأمن العام", "الشرطة") counts only as the body of an office or
	 * when a country qualifies it.
	 */
	public record Entry(String key, String name, List<String> aliases, String nameEn, String acronym, String country, boolean national,
			boolean standalone, boolean police) {
	}

	/**
	 * @param standalone a bare head that names an organisation alone ("الأمانة العامة")
	 * @param placeComplement the head takes a place ("شرطة دبي")
	 * @param level ministry, body or unit: a unit named inside a body below a ministry is part of an office's title
	 */
	public record Head(String head, boolean standalone, boolean placeComplement, boolean adjectivesOnly, boolean national, String level, boolean generic) {
	}

	public final PhraseMatcher<Entry> known = new PhraseMatcher<>(false);
	/** The police force of a country that has one by name ("شرطة عمان السلطانية"), by the country's key. */
	private final Map<String, Entry> countryPolice = new HashMap<>();
	final Map<String, Entry> byName = new HashMap<>();
	public final PhraseMatcher<Head> heads = new PhraseMatcher<>(false);
	private final java.util.Set<String> objectAdjectives = new java.util.HashSet<>();
	private final PhraseMatcher<Boolean> fields = new PhraseMatcher<>(false);

	OrganizationLexicon() {
		for (LexiconTable.Row row : LexiconTable.load("organizations").rows()) {
			Entry e = new Entry(row.get("key"), row.get("arabic"), row.list("aliases"), row.get("english"), row.get("acronym"),
					row.get("country"), row.is("scope", "NATIONAL"), !row.is("standalone", "no"), row.is("police", "yes") || row.is("police", "country"));
			if (row.is("police", "country")) {
				countryPolice.put(e.country(), e);
			}
			known.add(e.name(), e);
			e.aliases().forEach(a -> known.add(a, e));
			byName.put(String.join(" ", Tokenizer.words(e.name())), e);
			e.aliases().forEach(a -> byName.putIfAbsent(String.join(" ", Tokenizer.words(a)), e));
		}
		for (LexiconTable.Row row : LexiconTable.load("organization-heads").rows()) {
			heads.add(row.get("head"), new Head(row.get("head"), row.is("standalone", "yes"), row.is("complement", "PLACE"),
					row.is("complement", "ADJECTIVES"), row.is("scope", "NATIONAL"), row.get("level"), row.is("generic", "yes")));
		}
		for (LexiconTable.Row row : LexiconTable.load("organization-links").rows()) {
			if (row.is("kind", "OBJECT")) {
				objectAdjectives.add(ArabicText.fold(row.get("word")));
			}
			else {
				fields.add(row.get("word"), Boolean.TRUE);
			}
		}
	}

	/** "المعني", "الخاصة": an adjective whose object with "ب" goes on a body's name. */
	public boolean takesObject(Token token) {
		return token.word() && token.forms().stream().anyMatch(objectAdjectives::contains);
	}

	/** The token after a field phrase ("في مجال") at {@code i}, or -1. */
	public int fieldPhrase(List<Token> tokens, int i) {
		PhraseMatcher.Match<Boolean> m = fields.at(tokens, i);
		return m == null ? -1 : m.end();
	}

	/** The name opens with a head that adds nothing to the name after it ("قيادة الدرك الوطني", "جهاز الأمن العام"). */
	public boolean genericHeaded(String name) {
		return genericHeadWords(name) > 0;
	}

	/** The number of words of a generic head the name opens with, or 0. */
	public int genericHeadWords(String name) {
		List<Token> tokens = Tokenizer.tokenize(name);
		PhraseMatcher.Match<Head> head = heads.at(tokens, 0);
		return head != null && head.value().generic() && head.end() < tokens.size() ? head.end() : 0;
	}

	/** The known organisation of a name as written, or null. */
	public Entry named(String name) {
		return byName.get(String.join(" ", Tokenizer.words(name)));
	}

	/** The police force a country's bare "الشرطة" is ({@code police} "country" in {@code organizations.tsv}), or null. */
	public Entry policeOfCountry(String countryKey) {
		return countryKey == null ? null : countryPolice.get(countryKey);
	}

	/**
	 * What names a body within one article whatever its spelling: the known organisation's key, else the folded name
	 * without clitics and without a generic head ("جهاز الأمن العام" and "الأمن العام" are one; "القيادة العليا للحرس
	 * الوطني" and "الحرس الوطني" too).
	 */
	public String identity(String name) {
		Entry entry = named(name);
		List<String> words = Tokenizer.words(name);
		if (entry == null && words.size() > 1) {
			PhraseMatcher.Match<Head> head = heads.at(Tokenizer.tokenize(name), 0);
			int headWords = head == null ? 0 : Tokenizer.words(head.value().head()).size();
			if (head != null && head.value().generic() && headWords < words.size()) {
				List<String> rest = new java.util.ArrayList<>(words.subList(headWords, words.size()));
				entry = named(String.join(" ", rest));
				if (entry == null && rest.getFirst().startsWith("لل")) {
					rest.set(0, "ال" + rest.getFirst().substring(2));
					entry = named(String.join(" ", rest));
				}
				if (entry == null) {
					words = words.subList(headWords, words.size());
				}
			}
		}
		if (entry != null) {
			return "k:" + entry.key();
		}
		return "n:" + String.join(" ", words.stream().map(ArabicText::stripClitics).toList());
	}
}
