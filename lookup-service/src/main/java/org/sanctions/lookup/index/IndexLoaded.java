package org.sanctions.lookup.index;

/**
 * Fired (synchronously, on the feed thread) once the index holds the registry snapshot, before the feed is followed:
 * the feed sequence the snapshot includes. Monitoring catches up on the changes it had not rescreened.
 */
public record IndexLoaded(long feedSeq) {
}
