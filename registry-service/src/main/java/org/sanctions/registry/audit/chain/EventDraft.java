package org.sanctions.registry.audit.chain;

import java.time.Instant;

/**
 * An event before it joins the chain: everything but seq and hashes. Documents are JSON text ({@code before} is
 * null for a creation).
 */
public record EventDraft(Instant at, String actorSubject, String actorUsername, String actorClient, String action,
        String entityType, String entityId, long version, String reason, String before, String after, String diff) {
}
