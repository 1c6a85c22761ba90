package org.majlis.ingest.extract.people;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.majlis.common.ArabicText;
import org.majlis.ingest.extract.findings.ArticleContext;
import org.majlis.ingest.extract.findings.Finding;
import org.majlis.ingest.extract.findings.Office;
import org.majlis.ingest.extract.findings.OrgHit;
import org.majlis.ingest.extract.findings.PersonHit;
import org.majlis.ingest.extract.findings.PlaceHit;
import org.majlis.ingest.extract.findings.RoleHit;
import org.majlis.ingest.extract.findings.Stage;
import org.majlis.ingest.extract.lexicon.EventLexicon;
import org.majlis.ingest.extract.lexicon.FunctionWords;
import org.majlis.ingest.extract.lexicon.Lexicons;
import org.majlis.ingest.extract.lexicon.OfficeLexicon;
import org.majlis.ingest.extract.lexicon.OrganizationLexicon;
import org.majlis.ingest.extract.lexicon.WordLexicon;
import org.majlis.ingest.extract.text.PhraseMatcher;
import org.majlis.ingest.extract.text.Token;
import org.majlis.ingest.extract.text.Tokenizer;
import org.majlis.place.PlaceKind;

/**
 * Finds people and the offices they hold: names after ranks and honorifics ("الفريق أول معالي الشيخ …"), after an
 * office ("رئيس الإنتربول أحمد …", "وزير العدل، حافظ الأختام، لطفي بوجمعة"), or before one in apposition ("عبد
 * اللطيف حموشي، المدير العام للأمن الوطني"), and people named without either, by a given name in a list or
 * before an office ("ودوايت هنينغر رئيس الرابطة"). A plural office shared out by nationality names one person each
 * ("وزراء الداخلية السعودي …، والتونسي …"). An office with its organisation and no name is a role mention, never a
 * person; so is an office someone stands in for ("نيابة عن وزير الداخلية").
 */
public final class FindPeople implements Stage {

	private static final Set<String> APPOSITION = Set.of("،", ",", "-", "–", "—", "\"", "“", "”", "«", "»", ":");
	private static final int MAX_UNKNOWN_NAME = 4;
	/** "، وهو مدير …": a pronoun after a comma that gives the person before it an office. */
	private static final Set<String> PRONOUNS = Set.of("وهو", "وهي");
	/** "وكان العميد فلان يشغل منصب …": the verb "was" that opens a sentence stating an office held. */
	private static final Set<String> WAS = Set.of("وكان", "كان", "وكانت", "كانت");
	/** The most adjectives of nationality or field read between a rank and a name ("الفريق الركن البحريني …"). */
	private static final int MAX_ADJECTIVES = 2;
	private static final int MAX_GLOSS = 8;
	private static final int MAX_SCOPE = 3;

	private final Lexicons lex;
	private final NameReader names;
	private final Nationality nationality;

	public FindPeople(Lexicons lex) {
		this.lex = lex;
		this.names = new NameReader(lex);
		this.nationality = new Nationality(lex);
	}

	@Override
	public Set<Finding> reads() {
		return EnumSet.of(Finding.TEXT, Finding.PLACES, Finding.ORGANIZATIONS);
	}

	@Override
	public Set<Finding> adds() {
		return EnumSet.of(Finding.PEOPLE);
	}

	@Override
	public void apply(ArticleContext a) {
		Scan scan = new Scan(a);
		int i = 0;
		while (i < a.tokens.size()) {
			i = scan.at(i);
		}
		a.personHits = List.copyOf(scan.people);
		a.roleHits = List.copyOf(scan.roles);
	}

	/** The state of one pass over an article's tokens. */
	private final class Scan {

		final ArticleContext a;
		final List<Token> tokens;
		final BitSet blocked = new BitSet();
		final OfficeReader offices;
		final List<PersonHit> people = new ArrayList<>();
		final List<RoleHit> roles = new ArrayList<>();

		Scan(ArticleContext a) {
			this.a = a;
			this.tokens = a.tokens;
			this.offices = new OfficeReader(lex, a);
			for (OrgHit o : a.organizations) {
				if (o.kind() != OrgHit.Kind.ANAPHORA) {
					blocked.set(o.start(), o.end());
				}
			}
			a.places.forEach(p -> blocked.set(p.start(), p.end()));
		}

		/** Reads what starts at token i and answers the token to go on from. */
		int at(int i) {
			if (blocked.get(i)) {
				return i + 1;
			}
			int distributed = distributive(i);
			if (distributed > i) {
				return distributed;
			}
			int counterpart = counterpart(i);
			if (counterpart > i) {
				return counterpart;
			}
			PersonHit stated = statedOffice(i);
			if (stated != null) {
				people.add(stated);
				return stated.end();
			}
			PersonHit person = mention(i);
			if (person != null) {
				people.add(person);
				return Math.max(person.end(), i + 1);
			}
			Office office = offices.at(i);
			if (office != null && office.org() != null && office.position()) {
				roles.add(new RoleHit(i, office.end(), office, deputising(i), "office without a name"));
				return Math.max(office.end(), i + 1);
			}
			if (office != null) {
				return Math.max(office.end(), i + 1);
			}
			PhraseMatcher.Match<OfficeLexicon.Title> plural = lex.offices.plurals.at(tokens, i);
			return plural != null ? plural.end() : i + 1;
		}

		/**
		 * A person mention starting at token i: ranks and offices, the name, offices in apposition. A word that is a
		 * rank and a title ("المفوضة") is read as a title when no name follows it as a rank ("المفوضة الأوروبية للشؤون
		 * الداخلية إيلفا يوهانسون").
		 */
		private PersonHit mention(int i) {
			PersonHit hit = mention(i, true);
			return hit == null && lex.offices.ranks.at(tokens, i) != null && lex.offices.titles.at(tokens, i) != null ? mention(i, false) : hit;
		}

		private PersonHit mention(int i, boolean ranksFirst) {
			List<String> ranks = new ArrayList<>();
			int j = ranksFirst ? readRanks(i, ranks) : i;
			List<Office> pre = new ArrayList<>();
			boolean deputised = deputising(i);
			j = readOffices(j, pre, !ranksFirst);
			boolean afterOffice = !pre.isEmpty();
			if (afterOffice && j < tokens.size() && APPOSITION.contains(tokens.get(j).folded())) {
				j++;
			}
			if (afterOffice) {
				j = afterScope(j);
			}
			int beforeRanks = j;
			j = readRanks(j, ranks);
			if (j > beforeRanks && j < tokens.size() && tokens.get(j).is("،")) {
				j++;
			}
			boolean ranked = !ranks.isEmpty() || j > beforeRanks || j > i && pre.isEmpty();
			if (!ranked && !afterOffice) {
				return rankFree(i);
			}
			if (afterOffice && coordinated(pre.getLast().end())) {
				return null;
			}
			int nameEnd = names.end(tokens, j, blocked, ranked ? NameReader.Context.RANK : NameReader.Context.OFFICE);
			if (nameEnd < 0 || !ranked && !nameAfterOffice(pre.getLast(), j, nameEnd)) {
				return null;
			}
			List<Office> all = new ArrayList<>(deputised ? List.of() : pre);
			if (deputised) {
				pre.forEach(o -> roles.add(new RoleHit(o.start(), o.end(), o, true, "office stood in for")));
			}
			int end = appositions(nameEnd, all);
			String rule = ranked ? (afterOffice ? "office, rank and name" : "rank and name") : "office and name";
			return new PersonHit(i, end, j, nameEnd, name(j, nameEnd), stored(ranks), all, rule + (all.size() > pre.size() ? " with office in apposition" : ""));
		}

		/**
		 * A name right after an office, without a rank, is taken when it opens with a given name, or when the office
		 * has its organisation and the name ends at a delimiter ("الأمين العام للإنتربول، فالديسي أوركيزا،"), though not in
		 * a headline, which ends on what an office does ("… يبحث مع مدير الإنتربول ملفات التعاون").
		 */
		private boolean nameAfterOffice(Office office, int nameStart, int nameEnd) {
			return lex.names.given(tokens.get(nameStart)) || lex.names.givenDefinite(tokens.get(nameStart))
					|| (office.org() != null || !office.position() || office.country() != null || met(office, nameStart, nameEnd))
							&& delimited(nameEnd) && nameStart >= a.bodyStart;
		}

		/**
		 * "التقى لفتيت المفوضة الأوروبية للشؤون الداخلية إيلفا يوهانسون.": an office that a verb of meeting names (right
		 * after the verb, after its subject, or after a one-word subject) or that "مع" introduces is followed by its
		 * holder's name, when that is at most four words no lexicon knows, none with the article.
		 */
		private boolean met(Office office, int nameStart, int nameEnd) {
			boolean object = office.start() > 0 && (tokens.get(office.start() - 1).is("مع") || afterTrigger(office.start())
					|| !people.isEmpty() && people.getLast().end() == office.start() && afterTrigger(people.getLast().start())
					|| office.start() > 1 && tokens.get(office.start() - 1).word() && afterTrigger(office.start() - 1));
			if (nameEnd - nameStart > MAX_UNKNOWN_NAME || !object) {
				return false;
			}
			for (int k = nameStart; k < nameEnd; k++) {
				if (tokens.get(k).definite() || lex.words.kind(tokens.get(k)) != null) {
					return false;
				}
			}
			return true;
		}

		/** "ودوايت هنينغر رئيس الرابطة", "بحضور لوران نونيز،": a given name in a list or before an office. */
		private PersonHit rankFree(int i) {
			Token first = tokens.get(i);
			boolean opening = lex.names.opensAfterClitic(first);
			if (blocked.get(i)) {
				return null;
			}
			if (!lex.names.given(first) && !opening) {
				return unknownInList(i);
			}
			boolean conjoined = !lex.names.givenExactly(first);
			int nameEnd = names.end(tokens, i, blocked, conjoined ? NameReader.Context.CONJOINED : NameReader.Context.GIVEN);
			if (nameEnd < 0) {
				return null;
			}
			List<Office> all = new ArrayList<>();
			int end = appositions(nameEnd, all);
			boolean listed = listed(i, conjoined);
			if (all.isEmpty() && !(listed && delimited(nameEnd))) {
				return null;
			}
			return new PersonHit(i, end, i, nameEnd, name(i, nameEnd), List.of(), all, all.isEmpty() ? "given name in a list" : "given name with office in apposition");
		}

		/**
		 * "، ورامل اوسوبوف وزير الشؤون الداخلية الأذربيجاني", "وإنريك بارون، المفوض العام …": words no lexicon knows,
		 * without the article, as an item of a list of people, followed by an office of their own in an organisation or
		 * of a country.
		 */
		private PersonHit unknownInList(int i) {
			boolean conjoined = lex.conjoined(tokens, i);
			if (!listItem(i, conjoined)) {
				return null;
			}
			int nameEnd = names.end(tokens, i, blocked, NameReader.Context.LISTED);
			if (nameEnd < 0 || nameEnd - i > MAX_UNKNOWN_NAME) {
				return null;
			}
			for (int k = i; k < nameEnd; k++) {
				if (tokens.get(k).definite()) {
					return null;
				}
			}
			List<Office> all = new ArrayList<>();
			int end = appositions(nameEnd, all);
			if (all.isEmpty() || !all.getFirst().position() && all.getFirst().country() == null) {
				return null;
			}
			String name = a.textOf(i, nameEnd);
			return new PersonHit(i, end, i, nameEnd, conjoined ? name.substring(1).strip() : name, List.of(), all, "name in a list with office in apposition");
		}

		/**
		 * The word at i opens an item of a list or the object of a meeting: after a comma, a colon, "و" or "مع", right
		 * after another person, after "كل من", a word of participation or the side of a meeting ("عن الجانب الإيطالي").
		 */
		private boolean listItem(int i, boolean conjoined) {
			if (i == 0) {
				return false;
			}
			Token before = tokens.get(i - 1);
			if (before.comma() || before.is("و") || before.is(":") || before.is("مع") || listOpener(i) || afterTrigger(i) || afterSide(i)) {
				return true;
			}
			return conjoined && !people.isEmpty() && people.getLast().end() >= i - 1;
		}

		/** "ووقع عن الجانب الإيطالي …", "ومن الجانب المغربي …": the side of a meeting or signing whose person is named next. */
		private boolean afterSide(int i) {
			return i >= 2 && tokens.get(i - 2).forms().contains("الجانب") && nationality.of(tokens.get(i - 1)) != null;
		}

		/**
		 * "استقبل …", "بحضور …", "وشارك في الاجتماع …": a word of participation right before the name, or with only
		 * the gathering it names between ("في الاجتماع").
		 */
		private boolean afterTrigger(int i) {
			for (int k = Math.max(0, i - 4); k < i; k++) {
				PhraseMatcher.Match<EventLexicon.Trigger> trigger = lex.events.participation.at(tokens, k);
				if (trigger != null && (trigger.end() == i || trigger.end() == i - 1 && !tokens.get(i - 1).word())) {
					return true;
				}
				if (trigger != null && trigger.end() < i && gathering(trigger.end(), i)) {
					return true;
				}
			}
			return false;
		}

		/** Tokens from..to are "في" and a gathering: "في الاجتماع", "في الورشة". */
		private boolean gathering(int from, int to) {
			return to - from == 2 && lex.functions.is(tokens.get(from), FunctionWords.Role.LOCATIVE) && lex.events.nouns.at(tokens, from + 1) != null
					&& lex.events.nouns.at(tokens, from + 1).end() == to;
		}

		/** "بحضور كل من …": the words that open a list of people. */
		private boolean listOpener(int i) {
			return i >= 2 && tokens.get(i - 1).is("من") && tokens.get(i - 2).folded().endsWith("كل");
		}

		/** The name is an item of a list: after a comma or "و" that follows another person, or after a word that lists people. */
		private boolean listed(int i, boolean conjoined) {
			int before = conjoined ? i : i - 1;
			if (before < 0) {
				return false;
			}
			if (tokens.get(before).comma() || tokens.get(before).is("و") || conjoined) {
				int k = tokens.get(before).word() && !conjoined ? before : before - (conjoined ? 0 : 1);
				int from = conjoined ? i : k + 1;
				if (!people.isEmpty() && people.getLast().end() >= from - 2) {
					return true;
				}
			}
			return lex.words.people(tokens.get(before)) || pluralTitleEndsAt(i) || listOpener(i) || afterTrigger(i);
		}

		/** "الوزراء", "المديرين العامين" right before the name: the first of people listed by their office. */
		private boolean pluralTitleEndsAt(int i) {
			for (int k = Math.max(0, i - 3); k < i; k++) {
				PhraseMatcher.Match<OfficeLexicon.Title> plural = lex.offices.plurals.at(tokens, k);
				if (plural != null && plural.end() == i) {
					return true;
				}
			}
			return false;
		}

		private boolean delimited(int nameEnd) {
			if (nameEnd >= tokens.size()) {
				return true;
			}
			Token t = tokens.get(nameEnd);
			return !t.word() && !t.number() || t.lineStart() || lex.conjoined(tokens, nameEnd) || lex.words.ends(t) || names.opensClause(t)
					|| gathering(nameEnd);
		}

		/** "وحضر الأمين العام للمنظمة هيروشي تاناكا الاجتماع": a gathering the verb's subject takes part in ends the name. */
		private boolean gathering(int k) {
			return lex.events.nouns.at(tokens, k) != null || lex.events.participation.at(tokens, k) != null;
		}

		/**
		 * Offices in a row before a name, also separated by commas ("وزير العدل، حافظ الأختام،") or held in two bodies
		 * ("المدير العام للأمن الوطني ومديرية مراقبة التراب الوطني"); a rank ends them ("العميد").
		 */
		private int readOffices(int j, List<Office> out) {
			return readOffices(j, out, false);
		}

		/** @param rankAsTitle the word at j is read as a title though it is also a rank */
		private int readOffices(int j, List<Office> out, boolean rankAsTitle) {
			int k = j;
			Office office;
			// "الوزير بمدير الأمن العام …": an office after a preposition is the verb's object, never a second office
			while ((rankAsTitle && k == j || readRanks(k, new ArrayList<>()) == k) && !(k > j && k < tokens.size() && tokens.get(k).afterPreposition())
					&& (office = offices.at(k)) != null) {
				k = addOffice(office, out);
				if (k + 1 < tokens.size() && tokens.get(k).is("،") && offices.at(k + 1) != null && !lex.conjoined(tokens, k + 1)) {
					k++;
				}
			}
			return k;
		}

		/** Adds the office and the second body it is held in, if any; answers the token after them and any closing quotes. */
		private int addOffice(Office office, List<Office> out) {
			out.add(office);
			int k = office.end();
			Office also = offices.conjoinedBody(office);
			if (also != null) {
				out.add(also);
				k = also.end();
			}
			while (k < tokens.size() && (tokens.get(k).is("\"") || tokens.get(k).is("”") || tokens.get(k).is("»"))) {
				k++;
			}
			return k;
		}

		/**
		 * An office stated of a person named before, in a sentence of its own: "وهو مدير …" right after the sentence
		 * that names them last, "والحربي هو مدير …", "ويشغل الحربي منصب مدير …" and "وكان العميد الحربي يشغل منصب مدير …"
		 * by the family name of the only person of the article who has it. The mention is that person's, with the office.
		 */
		private PersonHit statedOffice(int i) {
			if (i == 0 || a.sentenceIndex(i - 1) == a.sentenceIndex(i)) {
				return null;
			}
			int k = i;
			PersonHit holder = null;
			if (PRONOUNS.contains(tokens.get(k).folded())) {
				holder = lastOfSentenceBefore(i);
				k++;
			}
			else if (k + 1 < tokens.size() && lex.functions.has(tokens.get(k), FunctionWords.Role.OFFICE_VERB)) {
				holder = byFamilyName(tokens.get(k + 1));
				k += 2;
				k = k < tokens.size() && lex.functions.is(tokens.get(k), FunctionWords.Role.OFFICE_NOUN) ? k + 1 : k;
			}
			else if (k + 1 < tokens.size() && Set.of("هو", "هي").contains(tokens.get(k + 1).folded())) {
				holder = byFamilyName(tokens.get(k));
				k += 2;
			}
			else if (WAS.contains(tokens.get(k).folded())) {
				// "وكان العميد الخالدي يشغل منصب …": the office held before the one the article gives
				int name = readRanks(k + 1, new ArrayList<>());
				if (name + 1 < tokens.size() && lex.functions.is(tokens.get(name + 1), FunctionWords.Role.OFFICE_VERB)) {
					holder = byFamilyName(tokens.get(name));
					k = name + 1;
				}
			}
			if (holder == null) {
				return null;
			}
			k = afterHoldingVerb(k);
			Office office = k < tokens.size() ? offices.at(k) : null;
			if (office == null || office.org() == null || !office.position()) {
				return null;
			}
			List<Office> all = new ArrayList<>();
			int end = addOffice(office, all);
			return new PersonHit(i, Math.max(end, i + 1), i, i + 1, holder.name(), List.of(), all, "office stated of the person named before");
		}

		/** "وهو يشغل منصب …": a verb of holding, and "منصب", before the office. */
		private int afterHoldingVerb(int k) {
			if (k < tokens.size() && lex.functions.is(tokens.get(k), FunctionWords.Role.OFFICE_VERB)) {
				k++;
				return k < tokens.size() && lex.functions.is(tokens.get(k), FunctionWords.Role.OFFICE_NOUN) ? k + 1 : k;
			}
			return k;
		}

		/** The last person named in the sentence before token i's, or null. */
		private PersonHit lastOfSentenceBefore(int i) {
			PersonHit last = people.isEmpty() ? null : people.getLast();
			return last != null && a.sentenceIndex(last.start()) == a.sentenceIndex(i) - 1 ? last : null;
		}

		/** The only person named so far whose family name the word is ("الحربي", "والحربي"), or null. */
		private PersonHit byFamilyName(Token word) {
			PersonHit found = null;
			for (PersonHit p : people) {
				List<String> words = ArabicText.tokens(p.name());
				if (words.size() >= 2 && word.forms().contains(words.getLast())) {
					if (found != null && !found.name().equals(p.name())) {
						return null;
					}
					found = p;
				}
			}
			return found;
		}

		/** "مدير الأمن العام ووزير الداخلية": an office coordinated with another names no one yet. */
		private boolean coordinated(int end) {
			return end < tokens.size() && lex.conjoined(tokens, end) && offices.at(end) != null;
		}

		/**
		 * Offices after a name that are the person's own: after a comma, dash or quote ("، المدير العام …"), after
		 * "بصفته" or "، وهو", or right after the name; not an office that opens the next person of a list.
		 */
		private int appositions(int nameEnd, List<Office> out) {
			int k = nameEnd;
			int before = out.size();
			boolean officeFirst = before > 0;
			while (k < tokens.size()) {
				int save = k;
				k = afterGloss(k);
				k = k == nameEnd ? afterOrigin(k) : k;
				if (k < tokens.size() && APPOSITION.contains(tokens.get(k).folded())) {
					k++;
				}
				int afterRanks = readRanks(k, new ArrayList<>());
				if (afterRanks > k && conjoinedRank(k)) {
					return save;
				}
				if (afterRanks > k && afterRanks < tokens.size() && APPOSITION.contains(tokens.get(afterRanks).folded())) {
					afterRanks++;
				}
				k = afterRanks;
				if (k < tokens.size() && (lex.functions.is(tokens.get(k), FunctionWords.Role.AS) || k > save && PRONOUNS.contains(tokens.get(k).folded()))) {
					k++;
				}
				k = afterHoldingClause(k);
				Office headed = headedBody(k);
				Office office = headed != null ? headed : k < tokens.size() && !tokens.get(k).lineStart() ? offices.at(k) : null;
				if (office == null || office.org() == null && office.position() || opensPerson(office, officeFirst) || out.size() == before && throughConjunction(k) || throughPreposition(k)) {
					return save;
				}
				k = addOffice(office, out);
			}
			return k;
		}

		/**
		 * "انتخبت الجمعية فلانا من تونس عضوا في اللجنة التنفيذية": the country a person comes from, right after the name,
		 * stands between the name and the office; answers the token after it, or k.
		 */
		private int afterOrigin(int k) {
			if (k + 1 >= tokens.size() || !lex.functions.is(tokens.get(k), FunctionWords.Role.FROM)) {
				return k;
			}
			for (PlaceHit p : a.places) {
				if (p.start() == k + 1 && p.entry() != null && p.entry().kind() == PlaceKind.COUNTRY) {
					return p.end();
				}
			}
			return k;
		}

		/**
		 * "، الذي يرأس المكتب المركزي الوطني للإنتربول في الكويت،": a relative clause whose verb heads the body named
		 * right after it states the office of its head ("رئيس"), or null.
		 */
		private Office headedBody(int k) {
			if (k + 2 >= tokens.size() || !lex.functions.is(tokens.get(k), FunctionWords.Role.RELATIVE)
					|| !lex.functions.is(tokens.get(k + 1), FunctionWords.Role.HEADING_VERB)) {
				return null;
			}
			for (OrgHit o : a.organizations) {
				if (o.start() == k + 2 && o.kind() != OrgHit.Kind.ANAPHORA) {
					return new Office(k + 1, o.end(), "رئيس", "Head", o, null, true);
				}
			}
			return null;
		}

		/** "، الذي يشغل منصب مدير …", "التي تتولى مهام …": a relative clause of holding before the office held. */
		private int afterHoldingClause(int k) {
			if (k + 1 >= tokens.size() || !lex.functions.is(tokens.get(k), FunctionWords.Role.RELATIVE)
					|| !lex.functions.is(tokens.get(k + 1), FunctionWords.Role.OFFICE_VERB)) {
				return k;
			}
			int m = k + 2;
			return m < tokens.size() && lex.functions.is(tokens.get(m), FunctionWords.Role.OFFICE_NOUN) ? m + 1 : m;
		}

		/** "واللواء", "ومعالي", "و اللواء", "وأ.": a rank joined by "و" opens the next item of a list. */
		private boolean conjoinedRank(int k) {
			Token t = tokens.get(k);
			return t.is("و") || abbreviatedWithWaw(k) || t.folded().startsWith("و") && lex.offices.ranks.at(tokens, k) != null
					&& lex.offices.ranks.at(tokens, k).firstForm().charAt(0) != 'و';
		}

		/** "وأ. عصام …": the abbreviated honorific "أ." after "و", too short to be read through its clitic. */
		private boolean abbreviatedWithWaw(int k) {
			return k + 2 < tokens.size() && tokens.get(k).is("وا") && tokens.get(k + 1).is(".") && tokens.get(k + 2).word();
		}

		/** "بالأمين العام …", "للمدير العام …": an office after a preposition is not in apposition to the name before it. */
		private boolean throughPreposition(int k) {
			return offices.throughClitic(k, "بل");
		}

		/**
		 * "الأمير فلان ونائب رئيس الوزراء …": an office read through "و" right after a name is another person's; after a
		 * first office it is the same person's next one ("وزير الداخلية ونائب رئيس الوزراء").
		 */
		private boolean throughConjunction(int k) {
			return tokens.get(k).is("و") || offices.throughConjunction(k);
		}

		/** "رئيس مكتب التنسيق … (الإنتربول) عبدالعزيز …": a short group in brackets after an office; answers the token after it. */
		private int afterBrackets(int k) {
			if (k >= tokens.size() || !tokens.get(k).is("(")) {
				return k;
			}
			for (int m = k + 1; m < tokens.size() && m <= k + MAX_GLOSS; m++) {
				if (tokens.get(m).is(")")) {
					return m + 1;
				}
			}
			return k;
		}

		/** "سيلين برتون (Céline BERTHON)، المديرة …": the name in Latin letters in brackets after it; answers the token after it. */
		private int afterGloss(int k) {
			if (k >= tokens.size() || !tokens.get(k).is("(")) {
				return k;
			}
			for (int m = k + 1; m < tokens.size() && m <= k + MAX_GLOSS; m++) {
				Token t = tokens.get(m);
				if (t.is(")")) {
					return m > k + 1 ? m + 1 : k;
				}
				if (t.word() && !t.text().chars().allMatch(c -> c < 0x0250)) {
					return k;
				}
			}
			return k;
		}

		/**
		 * An office followed by ranks or a name belongs to the next person, also through offices coordinated with it
		 * ("ومدير إدارة العلاقات العامة ومدير إدارة الإعلام العقيد …"); after a comma, a word with "و" opens the next
		 * item of a list, and the office stays with the name before it; so does a rank with "و" ("… مدير الإدارة
		 * العامة للتعاون الدولي واللواء …"). When the person before was named after an office ({@code officeFirst}),
		 * the list goes on so: an office followed by a name is that name's even when another office follows it.
		 */
		private boolean opensPerson(Office office, boolean officeFirst) {
			int k = afterBrackets(office.end());
			boolean delimited = false;
			if (k < tokens.size() && APPOSITION.contains(tokens.get(k).folded())) {
				if (k + 1 < tokens.size() && lex.conjoined(tokens, k + 1)) {
					return false;
				}
				k++;
				delimited = true;
			}
			Office next = k < tokens.size() && lex.conjoined(tokens, k) ? offices.at(k) : null;
			if (next != null && next.end() > k) {
				return opensPerson(next, officeFirst);
			}
			int afterRanks = readRanks(k, new ArrayList<>());
			if (afterRanks > k && conjoinedRank(k)) {
				return false;
			}
			int nameEnd = names.end(tokens, afterRanks, blocked, afterRanks > k ? NameReader.Context.RANK : NameReader.Context.OFFICE);
			boolean given = k < tokens.size() && (lex.names.given(tokens.get(k)) || lex.names.givenDefinite(tokens.get(k)));
			if (afterRanks == k && !(nameEnd > 0 && (given || !delimited && nameAfterOffice(office, k, nameEnd)))) {
				return false;
			}
			return nameEnd < 0 || officeFirst || !hasOwnOffice(nameEnd);
		}

		/** "جاك جاكوب مويمبو- وزير الداخلية …": the name that follows has an office of its own after it. */
		private boolean hasOwnOffice(int nameEnd) {
			int k = nameEnd;
			if (k < tokens.size() && APPOSITION.contains(tokens.get(k).folded())) {
				k++;
			}
			Office office = k < tokens.size() ? offices.at(k) : null;
			return office != null && (office.org() != null || !office.position()) && !lex.conjoined(tokens, k);
		}

		/**
		 * "المشرف العام على الندوة اللواء …": a short phrase after a preposition between offices and a rank, the scope of
		 * the office; answers where the rank starts, or j when no rank follows such a phrase ("الوزير مع اللواء …" is
		 * another person's rank).
		 */
		private int afterScope(int j) {
			if (j >= tokens.size() || lex.words.kind(tokens.get(j)) != WordLexicon.Kind.STOP || !tokens.get(j).word()
					|| lex.functions.is(tokens.get(j), FunctionWords.Role.WITH)) {
				return j;
			}
			for (int k = j + 1; k < tokens.size() && k <= j + MAX_SCOPE; k++) {
				Token t = tokens.get(k);
				if (k > j + 1 && readRanks(k, new ArrayList<>()) > k) {
					return k;
				}
				if (!t.word() || !t.definite() || t.lineStart()) {
					return j;
				}
			}
			return j;
		}

		/** "وزراء الداخلية السعودي …، والتونسي …", "وزراء الداخلية: العراقي …": one office of the plural, each country's, per name. */
		private int distributive(int i) {
			PhraseMatcher.Match<OfficeLexicon.Title> plural = lex.offices.pluralImplying.at(tokens, i);
			if (plural == null) {
				return i;
			}
			int j = plural.end();
			if (j < tokens.size() && tokens.get(j).is(":")) {
				j++;
			}
			int found = 0;
			while (j < tokens.size()) {
				String country = nationality.of(tokens.get(j));
				if (country == null || tokens.get(j).lineStart()) {
					break;
				}
				List<String> ranks = new ArrayList<>();
				int nameStart = readRanks(j + 1, ranks);
				int nameEnd = names.end(tokens, nameStart, blocked, NameReader.Context.RANK);
				if (nameEnd < 0) {
					break;
				}
				Office office = impliedOffice(plural.value(), j, j + 1, country);
				people.add(new PersonHit(j, nameEnd, nameStart, nameEnd, name(nameStart, nameEnd), stored(ranks), List.of(office),
						"plural office shared out by nationality"));
				found++;
				j = nameEnd;
				if (j < tokens.size() && (tokens.get(j).comma())) {
					j++;
				}
			}
			return found > 0 ? j : i;
		}

		/**
		 * "استقبل وزير الداخلية نظيره التونسي": the counterpart holds the same office in the country named; so does each
		 * of counterparts listed by nationality ("ونظراؤه العراقي فلان والسوري فلان").
		 */
		private int counterpart(int i) {
			if (!lex.words.is(tokens.get(i), WordLexicon.Kind.COUNTERPART) || i + 1 >= tokens.size()) {
				return i;
			}
			Office model = lastOffice(i);
			boolean known = model != null && model.org() != null;
			int j = i + 1;
			while (j < tokens.size() && !tokens.get(j).lineStart()) {
				String country = nationality.of(tokens.get(j));
				if (country == null) {
					break;
				}
				int start = j == i + 1 ? i : j;
				// "التقى الوزير سالم الحربي نظيره البرتغالي …": whose office the text does not say, the counterpart is still named
				Office office = known ? new Office(start, j + 1, model.title(), model.titleEn(), counterpartOrganization(model.org(), start), country, true)
						: null;
				List<String> ranks = new ArrayList<>();
				int afterComma = j + 2 < tokens.size() && tokens.get(j + 1).is("،") ? j + 2 : j + 1;
				int nameStart = readRanks(afterComma, ranks);
				int nameEnd = names.end(tokens, nameStart, blocked, NameReader.Context.RANK);
				if (nameEnd < 0) {
					if (j == i + 1 && office != null) {
						roles.add(new RoleHit(i, i + 2, office, false, "counterpart with nationality"));
						return i + 2;
					}
					break;
				}
				// "نظيره الفرنسي فريديريك فو، المدير العام للشرطة الوطنية الفرنسية": an office stated after the name is theirs
				List<Office> stated = new ArrayList<>();
				int end = appositions(nameEnd, stated);
				people.add(new PersonHit(start, end, nameStart, nameEnd, name(nameStart, nameEnd), stored(ranks),
						!stated.isEmpty() ? stated : office != null ? List.of(office) : List.of(), "counterpart with nationality"));
				j = end;
				if (j < tokens.size() && (tokens.get(j).comma())) {
					j++;
				}
			}
			return j > i + 1 ? j : i;
		}

		/**
		 * The office a counterpart shares: the nearest before it of a person or of an office named without one ("وزير
		 * الداخلية الإسباني الذي اجتمع مع نظيره المغربي …").
		 */
		private Office lastOffice(int before) {
			Office best = null;
			for (PersonHit p : people) {
				if (p.end() <= before && !p.offices().isEmpty() && (best == null || p.offices().getFirst().start() > best.start())) {
					best = p.offices().getFirst();
				}
			}
			for (RoleHit r : roles) {
				if (r.end() <= before && !r.deputised() && (best == null || r.office().start() > best.start())) {
					best = r.office();
				}
			}
			return best;
		}

		private OrgHit counterpartOrganization(OrgHit model, int at) {
			return new OrgHit(at, at + 2, model.entry(), model.bare(), model.bare(), model.kind(), false, model.headForm(),
					model.national(), model.level(), null, null, -1);
		}

		private Office impliedOffice(OfficeLexicon.Title title, int start, int end, String country) {
			OrganizationLexicon.Entry entry = lex.organizations.named(title.organization());
			OrgHit org = new OrgHit(start, end, entry, title.organization(), title.organization(),
					entry != null ? OrgHit.Kind.KNOWN : OrgHit.Kind.HEAD, false, Tokenizer.words(title.organization()).get(0),
					true, "", null, null, -1);
			return new Office(start, end, title.title(), title.titleEn(), org, country, true);
		}

		/** "نيابة عن وزير الداخلية": the office after it is the one someone stands in for. */
		private boolean deputising(int i) {
			return i >= 2 && tokens.get(i - 1).is("عن") && lex.words.is(tokens.get(i - 2), WordLexicon.Kind.DEPUTISING);
		}

		/** The name as written; a given name joined by "و" ("ودوايت") without its conjunction. */
		private String name(int start, int end) {
			String text = a.textOf(start, end);
			Token first = tokens.get(start);
			if (lex.names.opensAfterClitic(first)) {
				return text.substring(1);
			}
			if (first.folded().startsWith("و") && !lex.names.givenExactly(first) && lex.names.given(first) && text.startsWith("و")) {
				return text.substring(1);
			}
			return text;
		}

		/** Ranks and honorifics in a row; a longer office at the same word wins over a rank ("المستشار الشرطي"). */
		private int readRanks(int i, List<String> ranks) {
			int j = i;
			if (abbreviatedWithWaw(j)) {
				ranks.add("");
				j += 2;
			}
			PhraseMatcher.Match<OfficeLexicon.Rank> rank;
			while ((rank = lex.offices.ranks.at(tokens, j)) != null && !blocked.get(j) && !longerTitle(j, rank.end())) {
				ranks.add(rank.value().stored() ? rank.value().form() : "");
				j = rank.end();
				if (j < tokens.size() && (tokens.get(j).is(".") || tokens.get(j).is("/"))) {
					j++;
				}
			}
			return j > i ? afterAdjectives(j) : j;
		}

		/**
		 * "العقيد الإسباني بيدرو غارسيا", "الخبيرة اليابانية …", "الخبير الأمني …": adjectives of nationality or of a field
		 * between a rank and the name.
		 */
		private int afterAdjectives(int j) {
			int k = j;
			while (k < tokens.size() && k < j + MAX_ADJECTIVES && !blocked.get(k)
					&& (lex.places.nisba(tokens.get(k)) != null || lex.offices.field(tokens.get(k)))) {
				k++;
			}
			return k;
		}

		/** "المستشار الشرطي", and "المفتش العام للشرطة الوطنية": a rank that opens an office in an organisation is the office. */
		private boolean longerTitle(int j, int rankEnd) {
			PhraseMatcher.Match<OfficeLexicon.Title> title = lex.offices.titles.at(tokens, j);
			if (title != null && title.end() > rankEnd) {
				return true;
			}
			Office office = title != null && title.end() == rankEnd ? offices.at(j) : null;
			return office != null && office.org() != null && office.end() > rankEnd;
		}

		private List<String> stored(List<String> ranks) {
			return ranks.stream().filter(r -> !r.isEmpty()).distinct().toList();
		}
	}
}
