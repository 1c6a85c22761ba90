// The country an event is held in (derived, see DerivedProperties): a page of a country's events is a seek of the
// composite index in date order; heldInCountries (events held in several countries, or undated) is read with CONTAINS.
CREATE RANGE INDEX event_held_in_country IF NOT EXISTS FOR (n:Event) ON (n.heldInCountry);
CREATE RANGE INDEX event_held_in_country_start IF NOT EXISTS FOR (n:Event) ON (n.heldInCountry, n.startLow);
CREATE TEXT INDEX event_held_in_countries IF NOT EXISTS FOR (n:Event) ON (n.heldInCountries);
