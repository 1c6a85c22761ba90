package org.majlis.ingest.extract.places;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Gazetteer;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

/**
 * Finds the places of the gazetteer, in Arabic (with clitics and long forms) and in English; "العاصمة" before a
 * country is its capital ("بالعاصمة الجزائر"); a venue noun before a name that is no known place is a venue
 * ("بقصر قرطاج").
 */
public final class FindPlaces implements Stage {

	private static final int MAX_VENUE = 4;

	private final Lexicons lex;

	public FindPlaces(Lexicons lex) {
		this.lex = lex;
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.PLACES);
	}

	@Override
	public void apply(ArticleContext a) {
		List<Token> tokens = a.tokens;
		List<PhraseMatcher.Match<Gazetteer.Place>> matches = lex.places.places.findAll(tokens);
		Set<String> countries = new HashSet<>();
		matches.stream().filter(m -> m.value().kind() == PlaceKind.COUNTRY).forEach(m -> countries.add(m.value().key()));
		List<PlaceHit> out = new ArrayList<>();
		for (PhraseMatcher.Match<Gazetteer.Place> m : matches) {
			Gazetteer.Place place = choose(tokens, m, countries);
			int start = m.start();
			if (place.kind() == PlaceKind.COUNTRY && !place.capital().isEmpty() && start > 0
					&& "capital".equals(lex.places.placeNoun(tokens, start - 1))) {
				place = lex.places.byKey.getOrDefault(place.capital(), place);
				start--;
			}
			int end = place.kind() == PlaceKind.COUNTRY && start > 0 && "state".equals(lex.places.placeNoun(tokens, start - 1))
					? afterStateForm(tokens, m.end())
					: m.end();
			out.add(new PlaceHit(start, end, place, m.firstForm(), null));
		}
		out.addAll(capitalsByNationality(tokens, out));
		out.addAll(venues(a, out));
		out.sort((x, y) -> Integer.compare(x.start(), y.start()));
		a.places = List.copyOf(out);
	}

	/**
	 * "بجمهورية باكستان الإسلامية", "جمهورية الكونغو الديمقراطية": the adjectives of a state's form after its name, up to
	 * two definite words in "ية" that are no other country's adjective, belong to the place.
	 */
	private int afterStateForm(List<Token> tokens, int end) {
		int k = end;
		while (k < tokens.size() && k - end < 2) {
			Token t = tokens.get(k);
			String f = t.folded();
			if (!t.word() || t.lineStart() || !t.definite() || !f.startsWith("ال") || !f.endsWith("يه") || f.length() < 7
					|| lex.places.nisba(t) != null || lex.places.places.at(tokens, k) != null) {
				break;
			}
			k++;
		}
		return k;
	}

	/**
	 * Of places written alike once diacritics are dropped ("عمان" Oman, "عمّان" Amman): the one spelled exactly as
	 * the text marks it, else the city when a city noun comes before it ("مدينة عمان", "العاصمة عمان"), its country is
	 * named too or it opens a line (a dateline), else the first.
	 */
	private Gazetteer.Place choose(List<Token> tokens, PhraseMatcher.Match<Gazetteer.Place> m, Set<String> countries) {
		List<String> words = new ArrayList<>();
		words.add(m.firstForm());
		for (int k = m.start() + 1; k < m.end(); k++) {
			words.add(tokens.get(k).folded());
		}
		List<Gazetteer.Place> same = lex.places.bySpelling.getOrDefault(String.join(" ", words), List.of());
		if (same.size() < 2) {
			return m.value();
		}
		Token first = tokens.get(m.start());
		String written = Tokenizer.withoutClitic(first, m.firstForm());
		boolean marked = written.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
		for (Gazetteer.Place e : same) {
			if (marked && (e.name().equals(written) || e.aliases().contains(written))) {
				return e;
			}
		}
		String noun = m.start() > 0 ? lex.places.placeNoun(tokens, m.start() - 1) : null;
		boolean cityNoun = "city".equals(noun) || "capital".equals(noun);
		for (Gazetteer.Place e : same) {
			if (!marked && e.kind() == PlaceKind.CITY && (cityNoun || countries.contains(e.country()) || first.lineStart())) {
				return e;
			}
		}
		return m.value();
	}

	/**
	 * "بالعاصمة النمساوية", "في العاصمة الأردنية": a capital named by its country's adjective, without its own name after
	 * it, is that country's capital; a capital that bears its country's name ("تونس العاصمة") is read as the country,
	 * as writers and readers take it.
	 */
	private List<PlaceHit> capitalsByNationality(List<Token> tokens, List<PlaceHit> places) {
		List<PlaceHit> out = new ArrayList<>();
		for (int k = 0; k + 1 < tokens.size(); k++) {
			PhraseMatcher.Match<String> noun = lex.places.placeNounAt(tokens, k);
			if (noun == null || !"capital".equals(noun.value()) || noun.end() >= tokens.size()) {
				continue;
			}
			int adjective = noun.end();
			String country = lex.places.nisba(tokens.get(adjective));
			Gazetteer.Place state = country == null ? null : lex.places.byKey.get(country);
			Gazetteer.Place capital = state == null || state.capital().isEmpty() ? null : lex.places.byKey.get(state.capital());
			if (capital != null && capital.name().contains(state.name())) {
				capital = state;
			}
			int end = adjective + 1;
			boolean named = places.stream().anyMatch(p -> p.start() >= noun.start() && p.start() <= end);
			if (capital != null && !named) {
				out.add(new PlaceHit(noun.start(), end, capital, noun.firstForm(), null));
			}
		}
		return out;
	}

	/** "بقصر قرطاج": a venue noun after "ب" or "في" and a name of one to four words that holds no known place. */
	private List<PlaceHit> venues(ArticleContext a, List<PlaceHit> places) {
		List<PlaceHit> out = new ArrayList<>();
		List<Token> tokens = a.tokens;
		for (PhraseMatcher.Match<Boolean> noun : lex.places.venueNouns.findAll(tokens)) {
			Token first = tokens.get(noun.start());
			boolean introduced = first.folded().startsWith("ب") && !noun.firstForm().startsWith("ب")
					|| noun.start() > 0 && lex.functions.is(tokens.get(noun.start() - 1), FunctionWords.Role.LOCATIVE);
			int end = noun.end();
			// "بالمطار العميد …": a rank or an office after the noun opens the next person, not the venue's name
			while (end < tokens.size() && end - noun.end() < MAX_VENUE && nameWord(tokens.get(end), end == noun.end())
					&& lex.offices.ranks.at(tokens, end) == null && lex.offices.titles.at(tokens, end) == null
					&& lex.offices.implying.at(tokens, end) == null) {
				end++;
			}
			int from = noun.start();
			int to = end;
			boolean holdsPlace = places.stream().anyMatch(p -> p.start() < to + 1 && p.end() > from);
			if (introduced && end > noun.end() && !holdsPlace && lex.organizations.known.at(tokens, noun.end()) == null
					&& lex.organizations.heads.at(tokens, noun.end()) == null) {
				String name = Tokenizer.withoutClitic(first, noun.firstForm()) + a.text.substring(first.end(), tokens.get(end - 1).end());
				out.add(new PlaceHit(noun.start(), end, null, noun.firstForm(), name));
			}
		}
		return out;
	}

	private boolean nameWord(Token t, boolean first) {
		if (!t.word() || t.number() || t.lineStart() || lex.words.kind(t) != null && lex.words.kind(t) != WordLexicon.Kind.GENERIC) {
			return false;
		}
		return first || t.definite() && !t.folded().startsWith("و");
	}
}
