package org.majlis.ingest.extract.lexicon;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.majlis.common.LexiconTable;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;

/** Function words by the role the readers look for them in ({@code lexicon/function-words.tsv}). */
public final class FunctionWords {

	public enum Role {
		LOCATIVE, ACCREDITED, TOWARDS, FROM, WITH, RELATIVE, CLAUSE, AS, BELONGING, HOLDING, DEMONSTRATIVE, ABOUT, SUBJECT, ON_BEHALF,
		NEGATION, DAY, TIME_OF_DAY, OFFICE_VERB, OFFICE_NOUN, HEADING_VERB, PAIR, ARRIVAL, TELEPHONE
	}

	private final Map<Role, Set<String>> words = new EnumMap<>(Role.class);

	FunctionWords() {
		for (Role role : Role.values()) {
			words.put(role, new HashSet<>());
		}
		for (LexiconTable.Row row : LexiconTable.load("function-words").rows()) {
			Role role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT).replace('-', '_'));
			words.get(role).add(String.join(" ", Tokenizer.words(row.get("word"))));
		}
	}

	/** The word as written is one of the role's. */
	public boolean is(Token token, Role role) {
		return words.get(role).contains(token.folded());
	}

	/** The word, or the word without its clitics ("وحول", "لهذه"), is one of the role's. */
	public boolean has(Token token, Role role) {
		Set<String> set = words.get(role);
		return token.forms().stream().anyMatch(set::contains);
	}
}
