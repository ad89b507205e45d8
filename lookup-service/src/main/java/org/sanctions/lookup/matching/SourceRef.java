package org.sanctions.lookup.matching;

/** Where a listing comes from: authority, list and the authority's own id (US-OFAC / SDN / 29250). */
public record SourceRef(String authority, String list, String sourceId) {
}
