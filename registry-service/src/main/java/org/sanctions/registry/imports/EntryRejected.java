package org.sanctions.registry.imports;

/** A list entry that was read but cannot be written as it stands; the import goes on without it. */
final class EntryRejected extends RuntimeException {

    EntryRejected(String reason) {
        super(reason, null, false, false);
    }
}
