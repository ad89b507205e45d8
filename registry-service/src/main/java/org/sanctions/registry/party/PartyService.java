package org.sanctions.registry.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.InputValidator;
import org.sanctions.registry.common.JsonProblems;
import org.sanctions.registry.common.MergePatch;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;

/**
 * Creates and updates parties. HTTP resources and list importers both write through here, each write in one
 * transaction (or joining the importer's) with its change record; every write names an actor and a reason.
 */
@ApplicationScoped
public class PartyService {

    private final PartyStore store;
    private final InputValidator validator;
    private final ObjectMapper json;

    public PartyService(PartyStore store, InputValidator validator, ObjectMapper json) {
        this.store = store;
        this.validator = validator;
        this.json = json;
    }

    @Transactional
    public PartyDto create(PartyInput input, WriteContext context) {
        validator.check(input);
        store.checkSourcesFree(input.sources(), null);
        PartyEntity party = new PartyEntity();
        party.id = UUID.randomUUID();
        party.version = 1;
        return store.save(party, input, null, Action.PARTY_CREATED, context, Timestamps.now());
    }

    /** Full update; {@code expectedVersion} is the version the caller read (If-Match). */
    @Transactional
    public PartyDto replace(UUID id, long expectedVersion, PartyInput input, WriteContext context) {
        validator.check(input);
        PartyEntity party = store.lock(id);
        ETags.checkCurrent(expectedVersion, party.version, "party");
        return apply(party, input, context);
    }

    /** JSON Merge Patch (RFC 7386) against the current document, then validated like a full update. */
    @Transactional
    public PartyDto patch(UUID id, long expectedVersion, JsonNode patch, WriteContext context) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.malformed("A merge patch must be a JSON object.");
        }
        PartyEntity party = store.lock(id);
        ETags.checkCurrent(expectedVersion, party.version, "party");
        JsonNode merged = MergePatch.apply(json.valueToTree(store.document(party)), patch);
        PartyInput input;
        try {
            input = json.treeToValue(merged, PartyInput.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        }
        validator.check(input);
        return apply(party, input, context);
    }

    private PartyDto apply(PartyEntity party, PartyInput input, WriteContext context) {
        PartyDto before = store.dto(party);
        if (store.document(party).equals(input)) {
            return before;
        }
        store.checkSourcesFree(input.sources(), party.id);
        return store.save(party, input, before, Action.PARTY_UPDATED, context, Timestamps.now());
    }
}
