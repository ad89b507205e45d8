package org.sanctions.registry.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import org.sanctions.registry.audit.chain.ChainAppender;
import org.sanctions.registry.audit.chain.EventDraft;
import org.sanctions.registry.audit.chain.JsonDiff;
import org.sanctions.registry.common.RegistryConfig;

/**
 * The audit log as the services see it: appends each change as a hash-chained event on the writing transaction's
 * own connection (so a rolled-back write leaves no event), and reads back the state recorded at an instant.
 */
@ApplicationScoped
public class ChangeLog {

    /** Members that change with every write and would only clutter a diff. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt");

    /** Key of the mark, in the transaction's resources, that the transaction holds the chain lock. */
    private static final String CHAIN_HELD = ChangeLog.class.getName() + ".chainHeld";

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final RegistryConfig config;
    private final ChainAppender appender = new ChainAppender();

    public ChangeLog(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions,
            RegistryConfig config) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.config = config;
    }

    /** Appends the change to the chain in the caller's transaction; returns its seq. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(Change change) {
        JsonNode before = change.before() == null ? null : json.valueToTree(change.before());
        JsonNode after = json.valueToTree(change.after());
        EventDraft draft = new EventDraft(change.at(), change.context().actor().subject(),
                change.context().actor().username(), change.context().actor().clientId(), change.action().name(),
                change.entityType().name(), change.entityId(), change.version(), change.context().reason(),
                before == null ? null : write(before), write(after), write(JsonDiff.of(before, after, BOOKKEEPING)));
        return em.unwrap(Session.class).doReturningWork(connection -> appender.append(connection, draft));
    }

    /**
     * Takes the chain lock at once. A transaction that will write several records (a bulk import) calls this
     * first, so it never holds one record's row lock while waiting for the chain behind another writer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdChain() {
        if (transactions.getResource(CHAIN_HELD) == null) {
            em.unwrap(Session.class).doWork(appender::lockHead);
            transactions.putResource(CHAIN_HELD, Boolean.TRUE);
        }
    }

    /**
     * Takes the chain lock at the start of a single write, before any row lock, so that writers always lock in the
     * same order (chain, then rows) and can never deadlock with an import that holds the chain and wants a row. It
     * waits at most registry.write-lock-wait: behind a large import the write fails with SQLSTATE 55P03, which is
     * answered 503 with Retry-After, and nothing of it is stored. Free when the transaction holds the chain already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdChainForWrite() {
        if (transactions.getResource(CHAIN_HELD) == null) {
            long wait = config.writeLockWait().toMillis();
            em.unwrap(Session.class).doWork(c -> appender.lockHead(c, wait));
            transactions.putResource(CHAIN_HELD, Boolean.TRUE);
        }
    }

    /** The state after the latest event of the entity at or before {@code asOf}, if it existed then. */
    @Transactional
    public <T> Optional<T> stateAt(EntityType type, String id, Instant asOf, Class<T> as) {
        @SuppressWarnings("unchecked")
        List<String> docs = em.createNativeQuery("select cast(after as text) from audit_event where entity_type = ?1"
                + " and entity_id = ?2 and occurred_at <= ?3 order by seq desc limit 1")
                .setParameter(1, type.name()).setParameter(2, id).setParameter(3, asOf.atOffset(ZoneOffset.UTC))
                .getResultList();
        return docs.stream().findFirst().map(doc -> read(doc, as));
    }

    /**
     * The document as stored in the event's JSONB column and hashed into the chain. Decimals are written plain:
     * valueToTree strips a share of 60 to 6E+1, which PostgreSQL stores as 60, and the hash of the text written
     * would then differ from the hash of what verification reads back.
     */
    private String write(JsonNode value) {
        try {
            return json.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(value);
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
