package org.majlis.ingest.extract.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.majlis.common.PartialDate;
import org.majlis.event.EventKind;
import org.majlis.ingest.extract.Evidence;
import org.majlis.ingest.extract.FactRef;
import org.majlis.ingest.extract.Participant;
import org.majlis.ingest.extract.TopicMention;
import org.majlis.ingest.extract.text.Tokenizer;

/**
 * An event of the article while the stages read it: where it is mentioned, and the participants, organisers,
 * date, place and topics they find for it. {@link org.majlis.ingest.extract.ArticleExtractor} turns it into an
 * {@link org.majlis.ingest.extract.EventMention}.
 */
public final class EventDraft {

	/** How the event was found. */
	public enum Origin {
		/** An event noun with its name ("الاجتماع الثامن والعشرين …"). */
		NOUN,
		/** A verb of meeting or receiving ("استقبل …", "التقى …", "بحث … مع …"). */
		MEETING_VERB,
		/** A signing with no other event around it ("وقّع … مذكرة تفاهم"). */
		SIGNING
	}

	/** A span of tokens that names the event. */
	public record Mention(int start, int end) {
	}

	public final String ref;
	public final Origin origin;
	public EventKind kind;
	/** The event noun without clitics or suffixes that a later bare mention repeats ("اجتماع", "لقاء"). */
	public String family;
	/** Other nouns its mentions gave it ("الدورة 79 للجمعية العامة" is a "دورة" too). */
	public final java.util.Set<String> families = new java.util.HashSet<>();
	public String name;
	public final List<String> aliases = new ArrayList<>();
	public int ordinal;
	public final List<Mention> mentions = new ArrayList<>();
	/** The token of the verb that reports the event (verb events) or of its first mention. */
	public final int anchor;
	/** past or planned when every mention so far marks it so ("السابق", "الذي سيعقد"); null for a reported event. */
	public String tense;
	/** The person who receives or meets, for events a verb reports; else null. */
	public String hostRef;
	/** A verb of receiving reports it ("استقبل …"). */
	public boolean reception;
	/** The event this one happened on the margins of, or null. */
	public EventDraft sideOf;
	/** The organisation its name is of ("اجتماع … للجنة التوجيهية"), with the evidence, or null. */
	public FactRef nameOrganizer;
	public final Map<String, Participant> attendees = new LinkedHashMap<>();
	public final Map<String, FactRef> organizers = new LinkedHashMap<>();
	public PartialDate start;
	public PartialDate end;
	public String placeRef;
	public Boolean virtual;
	public final Map<String, TopicMention> topics = new LinkedHashMap<>();
	public Evidence evidence;

	public EventDraft(String ref, Origin origin, EventKind kind, String family, String name, int anchor, Evidence evidence) {
		this.ref = ref;
		this.origin = origin;
		this.kind = kind;
		this.family = family;
		this.name = name;
		this.anchor = anchor;
		this.evidence = evidence;
	}

	public boolean mentionedIn(ArticleContext a, int sentence) {
		return a.sentenceIndex(anchor) == sentence || mentions.stream().anyMatch(m -> a.sentenceIndex(m.start()) == sentence);
	}

	/** Adds a participant once per person or office; the first reading is kept. */
	public void attend(Participant participant) {
		String key = participant.personRef() != null ? participant.personRef()
				: participant.byRole().title() + "|" + participant.byRole().organizationRef();
		attendees.putIfAbsent(key, participant);
	}

	/** Names the event anew; the text's wording stays an alias. */
	public void rename(String value) {
		String wording = name;
		name = value;
		aliases.remove(value);
		if (wording != null && !aliases.contains(wording)) {
			aliases.add(wording);
		}
	}

	public void addName(String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		if (name == null) {
			name = value;
		}
		else if (Tokenizer.words(value).size() > Tokenizer.words(name).size() && origin == Origin.NOUN) {
			aliases.add(name);
			name = value;
		}
		else if (!value.equals(name) && !aliases.contains(value)) {
			aliases.add(value);
		}
	}
}
