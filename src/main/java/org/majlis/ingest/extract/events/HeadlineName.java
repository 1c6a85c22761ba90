package org.majlis.ingest.extract.events;

import java.util.List;
import java.util.Map;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * The headline's own name for the gathering the article reports, kept as a name of its first event: a headline clause
 * turned into a noun phrase ("الأمين العام للإنتربول يجتمع برئيس الوزراء العراقي لمناقشة مسائل أمنية" names
 * "اجتماع الأمين العام للإنتربول برئيس الوزراء العراقي", {@code lexicon/headline-verbs.tsv}), or a headline that opens
 * with an event noun, up to its verb ("زيارة وزير الداخلية الليبي إلى الإنتربول تركّز على …"). The purpose that follows
 * ("لبحث …", "لتعزيز …") and a label before a colon ("بالصور:") are not part of it.
 */
final class HeadlineName {

	private static final int MAX_WORDS = 14;
	private static final int MIN_WORDS = 3;

	private final Lexicons lex;
	private final Map<String, String> nouns;

	HeadlineName(Lexicons lex) {
		this.lex = lex;
		this.nouns = lex.events.verbNouns;
	}

	void name(ArticleContext a) {
		if (a.bodyStart == 0 || a.events.isEmpty()) {
			return;
		}
		int line = 0;
		while (line < a.bodyStart) {
			int end = lineEnd(a.tokens, line, a.bodyStart);
			String name = ofLine(a, afterLabel(a.tokens, line, end), end);
			if (name != null) {
				EventDraft event = a.events.getFirst();
				if (!name.equals(event.name) && !event.aliases.contains(name)) {
					event.aliases.add(name);
				}
				return;
			}
			line = end;
		}
	}

	private String ofLine(ArticleContext a, int start, int end) {
		for (int k = start; k < end; k++) {
			String noun = nouns.get(a.tokens.get(k).folded());
			if (noun != null && k > start) {
				String subject = a.textOf(start, k);
				int objectEnd = objectEnd(a.tokens, k + 1, end);
				return objectEnd > k + 1 ? words(noun + " " + subject + " " + a.textOf(k + 1, objectEnd)) : null;
			}
		}
		PhraseMatcher.Match<EventLexicon.Noun> noun = lex.events.nouns.at(a.tokens, start);
		if (noun != null && !List.of("NONE", "PART", "DOCUMENT").contains(noun.value().kind())) {
			return words(a.textOf(start, nounPhraseEnd(a.tokens, noun.end(), end)));
		}
		return null;
	}

	/** "بالصور.. وزير الداخلية يلتقي …", "عاجل: …": the headline after a label that ends with a colon or dots. */
	private static int afterLabel(List<Token> tokens, int start, int end) {
		int from = start;
		for (int k = start; k < Math.min(end, start + 4); k++) {
			String t = tokens.get(k).text();
			if (t.equals(":") || t.startsWith("..") || t.equals(".") || t.equals("…") || t.equals("|")) {
				from = k + 1;
			}
		}
		return from;
	}

	/** The object of the headline's verb ends at punctuation, a purpose ("لبحث", "لتعزيز"), "حول" or another verb. */
	private int objectEnd(List<Token> tokens, int from, int end) {
		int k = from;
		while (k < end && k - from < MAX_WORDS) {
			Token t = tokens.get(k);
			boolean purpose = t.folded().startsWith("ل") && !t.folded().startsWith("لل") && k > from;
			if (!t.word() && !t.number() || purpose || t.is("حول") || t.is("بشان") || verb(t)) {
				break;
			}
			k++;
		}
		return k;
	}

	private int nounPhraseEnd(List<Token> tokens, int from, int end) {
		int k = from;
		while (k < end && k - from < MAX_WORDS) {
			Token t = tokens.get(k);
			if (!t.word() && !t.number() && !t.is("-") || verb(t)) {
				break;
			}
			k++;
		}
		return k;
	}

	private boolean verb(Token t) {
		String folded = t.folded().startsWith("و") ? t.folded().substring(1) : t.folded();
		return nouns.containsKey(folded) || nouns.containsKey(t.folded()) || lex.words.kind(t) == WordLexicon.Kind.VERB;
	}

	private static int lineEnd(List<Token> tokens, int start, int limit) {
		int k = start + 1;
		while (k < limit && !tokens.get(k).lineStart()) {
			k++;
		}
		return k;
	}

	private static String words(String name) {
		String stripped = name.replaceAll("[“”\"«»]", "").replaceAll("\\s+", " ").strip();
		return Tokenizer.words(stripped).size() >= MIN_WORDS ? stripped : null;
	}
}
