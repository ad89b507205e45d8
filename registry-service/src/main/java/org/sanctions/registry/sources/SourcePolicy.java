package org.sanctions.registry.sources;

/** What a source's new file does: applied unless it delists too much (AUTO), or always waits for approval (REVIEW). */
public enum SourcePolicy {
    AUTO,
    REVIEW
}
