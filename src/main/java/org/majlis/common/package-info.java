/**
 * The shared kernel every feature uses: partial dates, provenance ({@link org.majlis.common.Source}), Arabic
 * normalisation for matching, node ids and paging. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.majlis.common;
