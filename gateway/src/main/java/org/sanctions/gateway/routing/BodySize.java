package org.sanctions.gateway.routing;

/** The request body size class of a route; the byte limit of each is configured in gateway.limits.body. */
public enum BodySize {
    /** Ordinary JSON requests. */
    JSON,
    /** Batch screening: up to 10,000 names in one JSON document. */
    BATCH,
    /** List imports: bounded by what the registry accepts, so that the gateway refuses more itself, as a problem. */
    IMPORT,
    /** Screening job input: files of any practical size, streamed. */
    UPLOAD
}
