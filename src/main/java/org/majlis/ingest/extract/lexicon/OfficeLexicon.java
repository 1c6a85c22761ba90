package org.majlis.ingest.extract.lexicon;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * Ranks and honorifics ({@code lexicon/ranks.tsv}) and offices: titles ({@code titles.tsv}, with their plurals and
 * whether they are an office in an organisation) and titles that name their organisation
 * ({@code title-organizations.tsv}: "وزير الداخلية" of "وزارة الداخلية").
 */
public final class OfficeLexicon {

	/** @param stored false for honorifics ("معالي", "السيد"), which are not kept as ranks */
	public record Rank(String form, String english, boolean stored) {
	}

	/**
	 * @param organization the organisation the title implies, or "" when it takes one after it
	 * @param position false for titles that are no office in an organisation (an ambassador, a member)
	 * @param body how the words after the title name its body when no known organisation follows: "ministry" ("وزير
	 *        الشؤون الداخلية" of "وزارة الشؤون الداخلية"), "named" ("المديرة العامة للأمن الداخلي" of "الأمن الداخلي"), or ""
	 */
	public record Title(String title, String titleEn, String organization, boolean position, String body) {
	}

	public final PhraseMatcher<Rank> ranks = new PhraseMatcher<>(false);
	public final PhraseMatcher<Title> titles = new PhraseMatcher<>(false);
	public final PhraseMatcher<Title> implying = new PhraseMatcher<>(false);
	/** Plural titles by their plural form ("وزراء" → "وزير"): a group, never one person. */
	public final PhraseMatcher<Title> plurals = new PhraseMatcher<>(false);
	/** Plurals of titles that imply their organisation ("وزراء الداخلية" → "وزير الداخلية"). */
	public final PhraseMatcher<Title> pluralImplying = new PhraseMatcher<>(false);
	/** Adjectives of a field, reach or grade that may stand between a rank and the name ({@code ranks.tsv} kinds field, qualifier). */
	private final Set<String> fields = new HashSet<>();
	/** Words that belong to a title around it, by kind: deputy, after, domain, region ({@code title-qualifiers.tsv}). */
	final PhraseMatcher<String> qualifiers = new PhraseMatcher<>(false);
	/** The English of a deputy word ("مساعد" Assistant, "نائب" Deputy), by its folded form. */
	public final Map<String, String> deputyEnglish = new HashMap<>();

	OfficeLexicon() {
		List<LexiconTable.Row> rankRows = LexiconTable.load("ranks").rows();
		for (LexiconTable.Row row : rankRows) {
			if (row.is("kind", "field") || row.is("kind", "qualifier")) {
				fields.add(Tokenizer.words(row.get("arabic")).getFirst());
			}
			if (!row.is("kind", "qualifier") && !row.is("kind", "field")) {
				ranks.add(row.get("arabic"), new Rank(row.get("arabic"), row.get("english"), !row.is("kind", "honorific")));
			}
		}
		addQualifiedRanks(rankRows);
		for (LexiconTable.Row row : LexiconTable.load("titles").rows()) {
			Title title = new Title(row.get("arabic"), row.get("english"), "", !row.is("position", "no"), row.get("body"));
			titles.add(title.title(), title);
			row.list("plural").forEach(plural -> plurals.add(plural, title));
			row.list("accusative").forEach(form -> titles.add(form, title));
		}
		Map<String, List<String>> pluralsOf = new HashMap<>();
		for (LexiconTable.Row row : LexiconTable.load("titles").rows()) {
			List<String> words = Tokenizer.words(row.get("arabic"));
			if (words.size() == 1) {
				pluralsOf.put(words.get(0), row.list("plural"));
			}
		}
		for (LexiconTable.Row row : LexiconTable.load("title-organizations").rows()) {
			Title title = new Title(row.get("title"), row.get("english"), row.get("organization"), true, "");
			implying.add(title.title(), title);
			List<String> words = Arrays.asList(title.title().split("\\s+"));
			for (String plural : pluralsOf.getOrDefault(Tokenizer.words(words.get(0)).get(0), List.of())) {
				pluralImplying.add(plural + " " + String.join(" ", words.subList(1, words.size())), title);
			}
		}
		for (LexiconTable.Row row : LexiconTable.load("title-qualifiers").rows()) {
			qualifiers.add(row.get("word"), row.get("kind"));
			deputyEnglish.put(String.join(" ", Tokenizer.words(row.get("word"))), row.get("english"));
		}
	}

	/**
	 * "المفوض الرئيسي", "عميد الشرطة الإقليمي": a rank with a grade after it is one rank; the grades ({@code kind}
	 * qualifier in {@code ranks.tsv}) follow any rank, never stand alone.
	 */
	private void addQualifiedRanks(List<LexiconTable.Row> rows) {
		for (LexiconTable.Row grade : rows) {
			if (!grade.is("kind", "qualifier")) {
				continue;
			}
			for (LexiconTable.Row rank : rows) {
				if (rank.is("kind", "rank")) {
					String form = rank.get("arabic") + " " + grade.get("arabic");
					ranks.add(form, new Rank(form, grade.get("english") + " " + rank.get("english"), true));
				}
			}
		}
	}

	/** "الأمني" in "الخبير الأمني فلان": an adjective of a field, reach or grade that may follow a rank before the name. */
	public boolean field(Token token) {
		return fields.contains(token.folded());
	}

	/** The title qualifier at token i, its value the kind (deputy, after, domain, region), or null. */
	public PhraseMatcher.Match<String> qualifier(List<Token> tokens, int i) {
		return qualifiers.at(tokens, i);
	}
}
