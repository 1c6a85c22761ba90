package org.majlis.ingest.extract.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.EventDraft;
import org.majlis.ingest.extract.findings.EventHit;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Located;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * "عقد مجلس وزراء الداخلية العرب دورته الحادية والأربعين", "عقدت اللجنة اجتماعها الخامس": an event the text names by
 * its noun with a pronoun of possession is the event of the body named right before that noun, and "دورته الحادية
 * والأربعين" tells it from no other. It is named as the genre names it elsewhere, the noun with the article, what
 * follows it, and the body after "ل" ("الدورة الحادية والأربعين لمجلس وزراء الداخلية العرب"); the wording stays an alias.
 */
public final class NameByHolder implements Stage {

	private static final List<String> POSSESSIVES = List.of("هما", "هم", "ها", "ه");

	private final Lexicons lex;

	public NameByHolder(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.ENTITIES, Finding.EVENTS, Finding.ORGANIZERS, Finding.REPEATS, Finding.SERIES);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.NAMES);
	}

	@Override
	public void apply(ArticleContext a) {
		for (EventDraft e : a.events) {
			String name = e.name == null ? null : holderName(a, e);
			if (name != null) {
				e.rename(name);
			}
		}
	}

	private String holderName(ArticleContext a, EventDraft e) {
		List<Token> words = Tokenizer.tokenize(e.name).stream().filter(Token::word).toList();
		PhraseMatcher.Match<EventLexicon.Noun> noun = words.isEmpty() ? null : lex.events.nouns.at(words, 0);
		String family = e.family == null ? "" : e.family.strip();
		String pronoun = noun == null || noun.end() != 1 || family.isEmpty() || family.contains(" ") ? null : possessive(words.getFirst(), family);
		if (pronoun == null) {
			return null;
		}
		Located holder = holder(a, e, words.getFirst());
		if (holder == null) {
			return null;
		}
		String rest = e.name.strip().substring(words.getFirst().text().length()).strip();
		String body = a.textOf(holder.start(), holder.end()).strip();
		String written = words.getFirst().text().substring(0, words.getFirst().text().length() - pronoun.length());
		String bare = written.endsWith("ت") && !family.endsWith("ت") ? written.substring(0, written.length() - 1) + "ة" : written;
		return "ال" + bare + (rest.isEmpty() ? "" : " " + rest) + " " + (body.startsWith("ال") ? "ل" + body.substring(1) : "ل" + body);
	}

	/** The pronoun the noun ends with, when the word is the family's noun with one ("دورته", "اجتماعها"), else null. */
	private static String possessive(Token word, String family) {
		String folded = word.folded();
		String base = Tokenizer.tokenize(family).getFirst().folded();
		String stem = base.endsWith("ه") ? base.substring(0, base.length() - 1) + "ت" : base;
		for (String pronoun : POSSESSIVES) {
			if (folded.equals(stem + pronoun)) {
				return pronoun;
			}
		}
		return null;
	}

	/** The body named right before the event's possessive noun in the text ("مجلس وزراء الداخلية العرب دورته"). */
	private static Located holder(ArticleContext a, EventDraft e, Token word) {
		for (EventHit hit : a.eventHits) {
			if (hit.event() != e || !a.tokens.get(hit.start()).folded().equals(word.folded())) {
				continue;
			}
			for (Located org : a.organizationRefs) {
				if (org.end() == hit.start() && !a.insideOffice(org.start()) && e.organizers.containsKey(org.ref())) {
					return org;
				}
			}
		}
		return null;
	}
}
