/**
 * The graph model, said once: every node label with its id prefix and key properties ({@link NodeLabel}), every
 * relationship type with its endpoints and direction ({@link RelType}), and the properties the service keeps for
 * itself ({@link InternalProperties}). Writers, readers, curation, exports and the type descriptions take labels,
 * prefixes and types from here; {@code GraphModelTests} rejects a label or type that main code spells in Cypher
 * and this package does not list. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Graph model", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.majlis.model;
