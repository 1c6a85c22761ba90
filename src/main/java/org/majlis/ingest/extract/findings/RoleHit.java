package org.majlis.ingest.extract.findings;

/**
 * An office named without its holder ("رئيس الإنتربول").
 *
 * @param deputised the office is named as the one someone stands in for: its holder is not there
 * @param rule how the mention was read
 */
public record RoleHit(int start, int end, Office office, boolean deputised, String rule) {
}
