package org.sanctions.registry.audit;

/** What a recorded change did. */
public enum Action {
    PARTY_CREATED,
    PARTY_UPDATED,
    MEASURE_ADDED,
    MEASURE_REVOKED,
    MEASURE_EXPIRED,
    PROGRAM_CREATED,
    PROGRAM_UPDATED,
    /** A list source's settings were changed (PUT /api/v1/sources/{id}). */
    SOURCE_UPDATED,
    /** A check of a list source found a new file, archived it and handed it to an import. */
    SOURCE_FETCHED,
    /** A check of a list source failed (recorded when the source starts failing or its error changes). */
    SOURCE_FETCH_FAILED,
    /** An import's delta was computed and waits for approval (a preview, or beyond the delist limit). */
    IMPORT_PREVIEWED,
    /** A second person approved an import's delta. */
    IMPORT_APPROVED,
    /** A second person rejected an import's delta. */
    IMPORT_REJECTED,
    /** An import's delta was applied to the registry. */
    IMPORT_APPLIED
}
