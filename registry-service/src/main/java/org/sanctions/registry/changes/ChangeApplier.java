package org.sanctions.registry.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.sanctions.registry.common.JsonProblems;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.MeasureService;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyService;
import org.sanctions.registry.party.Revocation;

/** Runs a held write through the normal service path (validation, locks, provenance, audit), in the caller's transaction. */
@ApplicationScoped
public class ChangeApplier {

    private final PartyService parties;
    private final MeasureService measures;
    private final ObjectMapper json;

    public ChangeApplier(PartyService parties, MeasureService measures, ObjectMapper json) {
        this.parties = parties;
        this.measures = measures;
        this.json = json;
    }

    /** The party after the write. */
    public PartyDto apply(ProposedChange change, WriteContext context) {
        Long version = change.expectedVersion();
        return switch (change.kind()) {
            case CREATE_PARTY -> parties.create(read(change.body(), PartyInput.class), context);
            case UPDATE_PARTY -> parties.replace(change.partyId(), version, read(change.body(), PartyInput.class), context);
            case PATCH_PARTY -> parties.patch(change.partyId(), version, change.body(), context);
            case ADD_MEASURE -> measures.add(change.partyId(), version, read(change.body(), MeasureInput.class), context)
                    .party();
            case REVOKE_MEASURE -> measures.revoke(change.partyId(), change.measureId(), version,
                    read(change.body(), Revocation.class), context);
        };
    }

    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
    }
}
