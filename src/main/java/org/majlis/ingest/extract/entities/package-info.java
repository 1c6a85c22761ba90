/**
 * One person, organisation and place per real one of the article, and every mention of a person or an office in text
 * order ({@link org.majlis.ingest.extract.entities.GroupEntities}).
 */
package org.majlis.ingest.extract.entities;
