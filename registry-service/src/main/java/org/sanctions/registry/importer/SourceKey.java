package org.sanctions.registry.importer;

import java.util.Objects;

/** Identity of one list entry (authority, list, the list's own id): what a re-import matches existing parties by. */
public record SourceKey(String authority, String list, String sourceId) {

    public SourceKey {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    @Override
    public String toString() {
        return authority + "/" + list + "/" + sourceId;
    }
}
