package org.sanctions.registry.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.common.ApiException;

/** Change request rows, and their mapping to the wire. */
@ApplicationScoped
public class ChangeRequestRepository implements PanacheRepositoryBase<ChangeRequestEntity, UUID> {

    private final ObjectMapper json;

    public ChangeRequestRepository(ObjectMapper json) {
        this.json = json;
    }

    /** The request, locked for a decision, or 404. */
    ChangeRequestEntity lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
    }

    ChangeRequestEntity require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** Up to {@code limit} requests after {@code after} (null: from the start), in creation order, of one state or all. */
    List<ChangeRequestEntity> page(ChangeState state, ChangeRequestEntity after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (state != null) {
            query.append(" and state = :state");
            params.and("state", state);
        }
        if (after != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and id > :id))");
            params.and("at", after.createdAt).and("id", after.id);
        }
        return find(query.toString(), Sort.by("createdAt").and("id"), params).page(0, limit).list();
    }

    ChangeRequestDto dto(ChangeRequestEntity e) {
        ChangeSignature checker = e.checkerSubject == null ? null
                : new ChangeSignature(e.checkerSubject, e.checkerUsername, e.checkerReason, e.decidedAt);
        return new ChangeRequestDto(e.id, e.kind, e.state, e.partyId, e.measureId, e.baseVersion, tree(e.body),
                json.convertValue(tree(e.diff), ChangeDiff.class),
                new ChangeSignature(e.makerSubject, e.makerUsername, e.makerReason, e.createdAt), checker,
                e.resultVersion);
    }

    JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change request JSON does not parse", e);
        }
    }

    String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a change request document", e);
        }
    }

    static ApiException notFound(UUID id) {
        return ApiException.notFound("No change request with id " + id + ".");
    }
}
