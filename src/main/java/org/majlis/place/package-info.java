/** Places: countries, cities, regions and venues, each city linked to its country. */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.majlis.place;
