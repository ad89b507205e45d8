package org.sanctions.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Records each change in the caller's transaction and reads back the state recorded at an instant. */
@ApplicationScoped
public class ChangeLog {

    private final EntityManager em;
    private final ObjectMapper json;

    public ChangeLog(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        em.createNativeQuery("insert into revision (entity_type, entity_id, version, action, recorded_at, actor_subject,"
                + " actor_username, actor_client, reason, document) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb))")
                .setParameter(1, change.entityType().name())
                .setParameter(2, change.entityId())
                .setParameter(3, change.version())
                .setParameter(4, change.action().name())
                .setParameter(5, change.at().atOffset(ZoneOffset.UTC))
                .setParameter(6, change.context().actor().subject())
                .setParameter(7, change.context().actor().username())
                .setParameter(8, change.context().actor().clientId())
                .setParameter(9, change.context().reason())
                .setParameter(10, write(change.after()))
                .executeUpdate();
    }

    /** The document of the latest version recorded at or before {@code asOf}, if the entity existed then. */
    public <T> Optional<T> stateAt(EntityType type, String id, Instant asOf, Class<T> as) {
        @SuppressWarnings("unchecked")
        List<String> docs = em.createNativeQuery("select cast(document as text) from revision where entity_type = ?1"
                + " and entity_id = ?2 and recorded_at <= ?3 order by version desc limit 1")
                .setParameter(1, type.name()).setParameter(2, id).setParameter(3, asOf.atOffset(ZoneOffset.UTC))
                .getResultList();
        return docs.stream().findFirst().map(doc -> read(doc, as));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a change document", e);
        }
    }

    private <T> T read(String doc, Class<T> as) {
        try {
            return json.readValue(doc, as);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored change document does not fit " + as.getSimpleName(), e);
        }
    }
}
