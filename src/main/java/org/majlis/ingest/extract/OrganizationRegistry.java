package org.majlis.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.majlis.common.ArabicText;

/** Groups the organisation hits of one article into one mention per organisation, and resolves anaphora. */
final class OrganizationRegistry {

	private static final class Group {
		final String ref;
		final Lexicons.OrgEntry entry;
		String name;
		final Set<String> aliases = new LinkedHashSet<>();
		final Set<String> bareHeads = new LinkedHashSet<>();
		boolean nationalHead;
		String countryRef;
		Evidence evidence;
		int lastToken;

		Group(String ref, Lexicons.OrgEntry entry, String name) {
			this.ref = ref;
			this.entry = entry;
			this.name = name;
		}
	}

	private final Map<String, Group> groups = new LinkedHashMap<>();

	/** Adds a hit and returns the ref of its organisation. */
	String add(OrganizationReader.OrgHit hit, Evidence evidence) {
		String key = hit.entry() != null ? "k:" + hit.entry().key() : "n:" + ArabicText.key(hit.surface());
		Group g = groups.get(key);
		if (g == null) {
			String name = hit.entry() != null ? hit.entry().name() : hit.surface();
			g = new Group("o" + (groups.size() + 1), hit.entry(), name);
			g.evidence = evidence;
			groups.put(key, g);
			g.bareHeads.add(bareFirst(name));
			if (hit.entry() != null) {
				hit.entry().aliases().forEach(a -> groups.get(key).bareHeads.add(bareFirst(a)));
			}
		}
		if (hit.entry() == null && hit.surface().length() > g.name.length()) {
			g.aliases.add(g.name);
			g.name = hit.surface();
		}
		else if (!ArabicText.key(hit.surface()).equals(ArabicText.key(g.name))) {
			g.aliases.add(hit.surface());
		}
		g.nationalHead |= hit.nationalHead();
		g.lastToken = Math.max(g.lastToken, hit.start());
		return g.ref;
	}

	/** Sets the country of a national body named with it ("وزارة الداخلية الإيطالية"). */
	void country(String ref, String countryRef) {
		groups.values().stream().filter(g -> g.ref.equals(ref)).forEach(g -> g.countryRef = countryRef);
	}

	/** The organisation an anaphoric head ("المنظمة") points to: the latest one named with that head. */
	String resolve(OrganizationReader.OrgHit anaphora) {
		String head = bareFirst(anaphora.headForm());
		Group best = null;
		for (Group g : groups.values()) {
			if (g.bareHeads.contains(head) && (best == null || g.lastToken <= anaphora.start() && g.lastToken > best.lastToken)) {
				best = g;
			}
		}
		return best == null ? null : best.ref;
	}

	private static String bareFirst(String phrase) {
		List<String> words = Tokenizer.words(phrase);
		return words.isEmpty() ? "" : ArabicText.stripClitics(words.get(0));
	}

	boolean isNational(String ref) {
		return groups.values().stream().anyMatch(g -> g.ref.equals(ref) && (g.entry == null ? g.nationalHead : g.entry.national()));
	}

	List<OrganizationMention> mentions(String countryRef) {
		List<OrganizationMention> out = new ArrayList<>();
		for (Group g : groups.values()) {
			boolean national = g.entry == null ? g.nationalHead : g.entry.national();
			String lexiconKey = g.entry != null && !g.entry.national() ? g.entry.key() : null;
			List<String> aliases = new ArrayList<>();
			if (g.entry != null && !g.entry.national()) {
				aliases.addAll(g.entry.aliases().stream().filter(ArabicText::hasArabic).toList());
			}
			for (String a : g.aliases) {
				if (aliases.stream().noneMatch(x -> ArabicText.key(x).equals(ArabicText.key(a))) && !ArabicText.key(a).equals(ArabicText.key(g.name))) {
					aliases.add(a);
				}
			}
			String acronym = g.entry != null && !g.entry.acronym().isEmpty() ? g.entry.acronym() : null;
			String nameEn = g.entry != null && !g.entry.nameEn().isEmpty() ? g.entry.nameEn() : null;
			out.add(new OrganizationMention(g.ref, lexiconKey, g.name, nameEn, List.copyOf(aliases), acronym,
					national ? (g.countryRef != null ? g.countryRef : countryRef) : null, null, g.evidence));
		}
		return out;
	}
}
