package org.sanctions.lookup.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of the registry's change feed: events after a sequence number, and the highest sequence returned. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChangePage(List<Event> events, long lastSeq) {

    /** One change; party holds the party after the change, or null for program changes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(long seq, String action, String entityType, String entityId, Long version,
            RegistryParty party) {
    }
}
