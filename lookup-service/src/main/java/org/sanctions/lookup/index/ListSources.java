package org.sanctions.lookup.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The list state of each source the index holds, so that every screening answer can name the files it was screened
 * against: set from the snapshot header's sources, then kept current from the feed's IMPORT_* and SOURCE_* events.
 * Only sources with an applied import are listed; a source's later events only change its state.
 */
@ApplicationScoped
public class ListSources {

    private final ObjectMapper json;
    private final Map<String, ListSourceState> states = new ConcurrentHashMap<>();
    /** {@link #states()} as JSON, kept for the evidence of every screening; rewritten when a state changes. */
    private volatile String statesJson = "[]";

    ListSources(ObjectMapper json) {
        this.json = json;
    }

    /** The states, by source. */
    public List<ListSourceState> states() {
        return states.values().stream().sorted(Comparator.comparing(ListSourceState::source)).toList();
    }

    /** The states as a JSON array, as recorded with each screening's evidence. */
    public String statesJson() {
        return statesJson;
    }

    private void changed() {
        try {
            statesJson = json.writeValueAsString(states());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the list states", e);
        }
    }

    /** Replaces the states with the snapshot header's {@code sources} (absent in an older registry: none). */
    void loaded(JsonNode header) {
        states.clear();
        for (JsonNode s : header.path("sources")) {
            ListSourceState state = json.convertValue(s, ListSourceState.class);
            if (state.source() != null) {
                states.put(state.source(), state.withState("APPLIED"));
            }
        }
        changed();
    }

    /** Applies a page of feed events; party and program events are not about sources. */
    void apply(List<ChangePage.Event> events) {
        for (ChangePage.Event event : events) {
            if (event.importJob() != null) {
                apply(event.action(), event.importJob());
            } else if (event.source() != null && event.source().id() != null) {
                states.computeIfPresent(event.source().id(), (id, s) -> s.withState(event.source().state()));
            }
        }
        changed();
    }

    private void apply(String action, ChangePage.ImportJob job) {
        if (job.source() == null) {
            return;
        }
        if ("IMPORT_APPLIED".equals(action)) {
            states.put(job.source(), new ListSourceState(job.source(), job.fileSha256(), job.appliedAt(), job.id(),
                    "APPLIED"));
        } else if ("IMPORT_PREVIEWED".equals(action) || "IMPORT_REJECTED".equals(action)) {
            String now = "IMPORT_PREVIEWED".equals(action) ? "AWAITING_APPROVAL" : "REJECTED";
            states.computeIfPresent(job.source(), (id, s) -> s.withState(now));
        }
    }
}
