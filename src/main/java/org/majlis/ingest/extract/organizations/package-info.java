/**
 * Organisations named in the text ({@link org.majlis.ingest.extract.organizations.FindOrganizations}, with what follows a
 * name and still belongs to it in {@code OrganizationNames}) and the country of each national body
 * ({@link org.majlis.ingest.extract.organizations.AssignCountries}, with the article's own country from
 * {@code HomeCountry}).
 */
package org.majlis.ingest.extract.organizations;
