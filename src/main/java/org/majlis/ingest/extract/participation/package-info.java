/**
 * Who took part in each event and with what role ({@link org.majlis.ingest.extract.participation.LinkParticipants}),
 * and who organised it ({@link org.majlis.ingest.extract.participation.LinkOrganizers}).
 */
package org.majlis.ingest.extract.participation;
