package org.sanctions.registry.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.common.WriteContext.ListAssertion;

/**
 * Who asserts each value of a party (table value_assertion): a list, through its imports, or a person, through an
 * edit. Every write of a party passes here (PartyStore.save): a value it removes loses all its assertions, a value a
 * person adds is asserted by that person; an import then states what its list asserts for the party
 * ({@link #assertList}).
 */
@ApplicationScoped
public class ValueProvenance {

    /** Rows per multi-row insert. */
    private static final int INSERT_BATCH = 200;
    /** Parameters shared by every row of an insert. */
    private static final int FIXED = 8;

    private final EntityManager em;
    private final ObjectMapper json;

    ValueProvenance(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** One value's assertion. */
    public record Assertion(String kind, String asserter, String username, UUID jobId, String fileSha256,
            String reason, Instant at) {

        /** True when this is the given list's assertion. */
        boolean isList(String list) {
            return "LIST".equals(kind) && asserter.equals(list);
        }
    }

    /** The assertions in force for one party, by field and value key. */
    public static final class Claims {
        private final Map<String, List<Assertion>> byValue = new HashMap<>();

        void add(String field, String key, Assertion a) {
            byValue.computeIfAbsent(field + "|" + key, k -> new ArrayList<>()).add(a);
        }

        public List<Assertion> of(String field, String key) {
            return byValue.getOrDefault(field + "|" + key, List.of());
        }

        /** True when the list asserts the value. */
        public boolean byList(String field, String key, String list) {
            return of(field, key).stream().anyMatch(a -> a.isList(list));
        }

        /** The assertions of the value by anyone but the list. */
        public List<Assertion> others(String field, String key, String list) {
            return of(field, key).stream().filter(a -> !a.isList(list)).toList();
        }
    }

    /** Records a write of the party from {@code before} (null for a new party) to {@code after}. */
    void recordWrite(UUID party, Object before, Object after, WriteContext context, Instant now) {
        Map<String, Map<String, JsonNode>> previous = PartyValues.of(json, before);
        Map<String, Map<String, JsonNode>> current = PartyValues.of(json, after);
        List<Object[]> added = new ArrayList<>();
        for (String field : current.keySet()) {
            Map<String, JsonNode> was = previous.get(field);
            Map<String, JsonNode> is = current.get(field);
            for (String key : was.keySet()) {
                if (!is.containsKey(key) && before != null) {
                    em.createNativeQuery("update value_assertion set withdrawn_at = ?1 where party_id = ?2"
                            + " and field = ?3 and value_key = ?4 and withdrawn_at is null")
                            .setParameter(1, Timestamp.from(now)).setParameter(2, party).setParameter(3, field)
                            .setParameter(4, key).executeUpdate();
                }
            }
            if (context.list() == null) {
                is.forEach((key, value) -> {
                    if (!was.containsKey(key)) {
                        added.add(new Object[] {field, key, value});
                    }
                });
            }
        }
        insert(party, added, "PERSON", context.actor().subject(), context, null, now);
    }

    /**
     * States what the list asserts for the party now: its earlier assertions of values no longer in {@code asserted}
     * are withdrawn, the values in it that it did not assert yet are recorded as its own.
     */
    public void assertList(UUID party, Object asserted, WriteContext context, boolean newParty, Instant now) {
        ListAssertion list = context.list();
        Map<String, Map<String, JsonNode>> values = PartyValues.of(json, asserted);
        Set<String> current = new HashSet<>();
        if (!newParty) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, field, value_key from value_assertion where"
                    + " party_id = ?1 and asserter_kind = 'LIST' and asserter = ?2 and withdrawn_at is null")
                    .setParameter(1, party).setParameter(2, list.asserter()).getResultList();
            List<Long> stale = new ArrayList<>();
            for (Object[] row : rows) {
                String field = (String) row[1];
                String key = ((String) row[2]).trim();
                if (values.get(field).containsKey(key)) {
                    current.add(field + "|" + key);
                } else {
                    stale.add(((Number) row[0]).longValue());
                }
            }
            if (!stale.isEmpty()) {
                em.createNativeQuery("update value_assertion set withdrawn_at = ?1 where id in (?2)")
                        .setParameter(1, Timestamp.from(now)).setParameter(2, stale).executeUpdate();
            }
        }
        List<Object[]> added = new ArrayList<>();
        values.forEach((field, items) -> items.forEach((key, value) -> {
            if (!current.contains(field + "|" + key)) {
                added.add(new Object[] {field, key, value});
            }
        }));
        insert(party, added, "LIST", list.asserter(), context, list, now);
    }

    /** The assertions in force for the party. */
    public Claims claims(UUID party) {
        Claims claims = new Claims();
        rows(party).forEach(r -> claims.add(r.field, r.key, r.assertion));
        return claims;
    }

    /** Each value of the party with who asserts it, in the order of the party's document. */
    public List<ValueProvenanceDto> of(UUID party, PartyDto current) {
        Map<String, List<Assertion>> byValue = new HashMap<>();
        rows(party).forEach(r -> byValue.computeIfAbsent(r.field + "|" + r.key, k -> new ArrayList<>())
                .add(r.assertion));
        List<ValueProvenanceDto> out = new ArrayList<>();
        PartyValues.of(json, current).forEach((field, items) -> items.forEach((key, value) -> out.add(
                new ValueProvenanceDto(field, value, byValue.getOrDefault(field + "|" + key, List.of()).stream()
                        .map(ValueProvenanceDto.AssertedBy::of).toList()))));
        return out;
    }

    private record Row(String field, String key, Assertion assertion) {
    }

    private List<Row> rows(UUID party) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select field, value_key, asserter_kind, asserter, username, job_id,"
                + " file_sha256, reason, asserted_at from value_assertion where party_id = ?1 and withdrawn_at is null"
                + " order by id").setParameter(1, party).getResultList();
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            Instant at = r[8] instanceof Timestamp t ? t.toInstant() : (Instant) r[8];
            list.add(new Row((String) r[0], ((String) r[1]).trim(), new Assertion((String) r[2], (String) r[3],
                    (String) r[4], (UUID) r[5], (String) r[6], (String) r[7], at)));
        }
        return list;
    }

    private void insert(UUID party, List<Object[]> values, String kind, String asserter, WriteContext context,
            ListAssertion list, Instant now) {
        for (int from = 0; from < values.size(); from += INSERT_BATCH) {
            List<Object[]> batch = values.subList(from, Math.min(values.size(), from + INSERT_BATCH));
            StringBuilder sql = new StringBuilder("insert into value_assertion (party_id, field, value_key, value,"
                    + " asserter_kind, asserter, username, job_id, file_sha256, reason, asserted_at) values ");
            for (int i = 0; i < batch.size(); i++) {
                int p = FIXED + 1 + i * 3;
                sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p).append(", ?").append(p + 1)
                        .append(", cast(?").append(p + 2).append(" as jsonb), ?2, ?3, cast(?4 as varchar),"
                                + " cast(cast(?5 as varchar) as uuid), cast(?6 as varchar), ?7, ?8)");
            }
            var query = em.createNativeQuery(sql.toString()).setParameter(1, party).setParameter(2, kind)
                    .setParameter(3, asserter).setParameter(4, context.actor().username())
                    .setParameter(5, list == null ? null : list.jobId().toString())
                    .setParameter(6, list == null ? null : list.fileSha256()).setParameter(7, context.reason())
                    .setParameter(8, Timestamp.from(now));
            for (int i = 0; i < batch.size(); i++) {
                int p = FIXED + 1 + i * 3;
                query.setParameter(p, batch.get(i)[0]).setParameter(p + 1, batch.get(i)[1])
                        .setParameter(p + 2, write((JsonNode) batch.get(i)[2]));
            }
            query.executeUpdate();
        }
    }

    private String write(JsonNode value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a party value", e);
        }
    }
}
