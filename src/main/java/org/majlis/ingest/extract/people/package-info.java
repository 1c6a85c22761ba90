/**
 * People and the offices they hold ({@link org.majlis.ingest.extract.people.FindPeople}): where a name ends
 * ({@code NameReader}) and what an office's title holds ({@code OfficeReader}).
 */
package org.majlis.ingest.extract.people;
