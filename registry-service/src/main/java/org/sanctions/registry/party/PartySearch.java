package org.sanctions.registry.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Finds party ids matching a filter, one keyset page at a time, with SQL that the indexes of V1 serve. */
@ApplicationScoped
public class PartySearch {

    private final EntityManager em;

    public PartySearch(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit + 1} ids after {@code after}, so the caller knows whether another page exists. */
    @SuppressWarnings("unchecked")
    List<Object[]> page(PartyFilter f, Cursor after, int limit) {
        StringBuilder sql = new StringBuilder("select p.id, p.created_at from party p where true");
        List<Object> params = new ArrayList<>();
        if (f.name() != null) {
            sql.append(" and p.search_names like ? escape '\\'");
            params.add("%" + likeEscape(f.name().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.kind() != null) {
            sql.append(" and p.kind = ?");
            params.add(f.kind().name());
        }
        if (f.nationality() != null) {
            sql.append(" and (p.document @> cast(? as jsonb) or p.document @> cast(? as jsonb))");
            params.add("{\"nationalities\":[\"" + f.nationality() + "\"]}");
            params.add("{\"citizenships\":[\"" + f.nationality() + "\"]}");
        }
        if (f.source() != null) {
            sql.append(" and exists (select 1 from party_source s where s.party_id = p.id and s.authority = ?"
                    + " and s.list_name = ? and s.source_id = ?)");
            params.add(f.source().authority());
            params.add(f.source().list());
            params.add(f.source().sourceId());
        }
        if (f.hasMeasureCriteria()) {
            appendMeasureCriteria(f, sql, params);
        }
        if (after != null) {
            sql.append(" and (p.created_at, p.id) > (?, ?)");
            params.add(after.createdAt().atOffset(ZoneOffset.UTC));
            params.add(after.id());
        }
        sql.append(" order by p.created_at, p.id limit ?");
        params.add(limit + 1);
        var query = em.createNativeQuery(renumber(sql.toString()));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    private static void appendMeasureCriteria(PartyFilter f, StringBuilder sql, List<Object> params) {
        sql.append(" and exists (select 1 from measure m where m.party_id = p.id");
        if (f.program() != null) {
            sql.append(" and m.program_code = ?");
            params.add(f.program());
        }
        if (f.authority() != null) {
            sql.append(" and m.authority = ?");
            params.add(f.authority());
        }
        if (f.measureType() != null) {
            sql.append(" and m.type = ?");
            params.add(f.measureType().name());
        }
        if (f.status() != null) {
            sql.append(" and m.status = ?");
            params.add(f.status().name());
        }
        if (f.listedFrom() != null) {
            sql.append(" and m.listed_date >= ?");
            params.add(f.listedFrom());
        }
        if (f.listedTo() != null) {
            sql.append(" and m.listed_date <= ?");
            params.add(f.listedTo());
        }
        if (f.activeOn() != null) {
            // in force on that day: started by then, and not ended on or before it
            sql.append(" and coalesce(m.effective_date, m.listed_date) <= ? and (m.status = 'ACTIVE' or m.status_date > ?)");
            params.add(f.activeOn());
            params.add(f.activeOn());
        }
        sql.append(")");
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Turns positional {@code ?} into {@code ?1, ?2, ...} as JPA native queries expect. */
    private static String renumber(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c);
            if (c == '?') {
                out.append(++n);
            }
        }
        return out.toString();
    }

    static UUID id(Object[] row) {
        return (UUID) row[0];
    }
}
