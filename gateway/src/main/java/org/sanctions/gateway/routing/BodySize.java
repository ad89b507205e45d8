package org.sanctions.gateway.routing;

/** The request body size class of a route; the byte limit of each is configured in gateway.limits.body. */
public enum BodySize {
    /** Ordinary JSON requests. */
    JSON,
    /** Batch screening: up to 10,000 names in one JSON document. */
    BATCH,
    /** File uploads: list imports and screening job input. */
    UPLOAD
}
