package org.sanctions.lookup.evidence;

import java.time.Instant;

/**
 * Which recorded screenings an auditor asks for; every criterion but the period is optional (null). {@code user}
 * matches the token subject or the user name; {@code outcome} is MATCH or NO_MATCH.
 */
public record EvidenceFilter(String clientId, String user, String outcome, Long listVersion, Instant from, Instant to,
        boolean newestFirst) {

    public EvidenceFilter(String clientId, String user, String outcome, Long listVersion, Instant from, Instant to) {
        this(clientId, user, outcome, listVersion, from, to, false);
    }
}
