package org.majlis.place;

/** What kind of place a {@link Place} is. */
public enum PlaceKind {
	CITY, COUNTRY, REGION, VENUE
}
