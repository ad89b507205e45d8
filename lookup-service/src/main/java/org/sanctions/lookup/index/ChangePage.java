package org.sanctions.lookup.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of the registry's change feed: events after a sequence number, and the highest sequence returned. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangePage(List<Event> events, long lastSeq) {

    /**
     * One change; party holds the party after the change, or null for other changes; source and importJob the list
     * source or import job of SOURCE_* and IMPORT_* events (null otherwise).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long seq, String action, String entityType, String entityId, Long version,
            RegistryParty party, Source source, ImportJob importJob) {
    }

    /** The list source of a SOURCE_* event, as far as screening needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String id, String state, String fileSha256) {
    }

    /** The import job of an IMPORT_* event, as far as screening needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportJob(UUID id, String source, String fileSha256, Instant appliedAt) {
    }
}
