package org.majlis.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of extraction ({@code majlis.extraction.*}).
 *
 * @param attendance who decides whether a person named in an article attended its event: {@code LEARNED} (the
 * constructions of participation, and the shipped model for everyone no construction ties) or {@code RULES} (the
 * constructions alone: fewer attendees, each with a construction that states it)
 */
@ConfigurationProperties("majlis.extraction")
public record ExtractionProperties(@DefaultValue("learned") AttendanceDecision attendance) {

	/** Who decides attendance. */
	public enum AttendanceDecision {
		LEARNED, RULES
	}
}
