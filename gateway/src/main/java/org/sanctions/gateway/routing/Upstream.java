package org.sanctions.gateway.routing;

/** The services behind the gateway. */
public enum Upstream {
    /** registry-service: parties, programs, measures, audit log, change feed, imports. */
    REGISTRY,
    /** lookup-service: screenings, screening jobs and evidence, search. */
    LOOKUP
}
