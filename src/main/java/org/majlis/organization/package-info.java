/** Organisations: police bodies, ministries, international organisations, with their aliases and acronyms. */
@org.springframework.modulith.ApplicationModule(displayName = "Organizations")
package org.majlis.organization;
