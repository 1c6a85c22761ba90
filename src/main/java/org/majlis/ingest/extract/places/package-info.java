/**
 * Places of the gazetteer and venues named in the text ({@link org.majlis.ingest.extract.places.FindPlaces}).
 */
package org.majlis.ingest.extract.places;
