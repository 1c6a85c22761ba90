package org.majlis.query;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read engine ({@code majlis.query.*}).
 *
 * @param listCeiling most items a plain list over a relation ({@code Event.attendees}, {@code Person.attended} …) may
 * hold in one answer; a longer one is an error naming the connection field that pages the same relation
 */
@ConfigurationProperties("majlis.query")
public record QueryEngineProperties(@DefaultValue("1000") int listCeiling) {
}
