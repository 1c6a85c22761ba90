package org.majlis.ingest.extract.findings;

/**
 * What a stage adds to the {@link ArticleContext} for later stages to read: each stage declares the findings it reads
 * ({@link Stage#reads()}) and adds ({@link Stage#adds()}), and a stage may read only what a stage before it added.
 */
public enum Finding {
	/** The cleaned text, its tokens and sentences, and where its body starts. */
	TEXT,
	/** Places and venues named in the text. */
	PLACES,
	/** The dateline, the news agency's country, and the date relative words count from. */
	DATELINE,
	/** Dates and ranges. */
	DATES,
	/** Organisation mentions, known, named on a head noun or anaphoric. */
	ORGANIZATIONS,
	/** People with their ranks and offices, offices without a name, and organisations read into an office's title. */
	PEOPLE,
	/** The country of each national body, and the article's own. */
	COUNTRIES,
	/** One place, organisation and person per real one (the registries), actors, and what each mention refers to. */
	ENTITIES,
	/** The events, their mentions, and the event each verb of meeting reports. */
	EVENTS,
	/** The event each sentence reports. */
	DISCOURSE,
	/** Each event's participants with their roles. */
	PARTICIPANTS,
	/** Each event's organisers. */
	ORGANIZERS,
	/** Each event's dates and place, and whether it was held online. */
	SETTINGS,
	/** Topics, and each event's. */
	TOPICS,
	/** Events told again by a bare noun, folded into the event they repeat. */
	REPEATS,
	/** Meetings a sentence counts ("لقاءين", "سلسلة من اللقاءات"), one event per counterpart. */
	SERIES,
	/**
	 * Names that tell an event apart where the text's did not: from their people, of meetings and visits that their noun
	 * alone named ("اجتماعا", "زيارته الرسمية"); from the body that held it, of an event named by a noun of possession
	 * ("دورته الحادية والأربعين").
	 */
	NAMES
}
