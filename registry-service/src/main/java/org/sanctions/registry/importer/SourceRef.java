package org.sanctions.registry.importer;

import java.util.Objects;

/** Where an entry comes from: the publishing authority, its list, the list's own id for the entry, and a link. */
public record SourceRef(String authority, String list, String sourceId, String url) {

    public SourceRef {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    public static SourceRef of(String authority, String list, String sourceId) {
        return new SourceRef(authority, list, sourceId, null);
    }

    /** The identity of the entry within its list; the link is not part of it, as lists move their pages around. */
    public SourceKey key() {
        return new SourceKey(authority, list, sourceId);
    }
}
