/** People: officials named in the news, their ranks, and the offices they held ({@code HOLDS_POSITION}). */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.majlis.person;
