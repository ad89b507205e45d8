package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.SourceKey;

/**
 * The list entries that imports brought in (table import_entry): which party holds each and the fingerprint of the
 * entry as last imported. Only these are ever updated or revoked by a later import; a party no import wrote is
 * hand-curated and out of reach.
 */
@ApplicationScoped
class ImportEntries {

    private final EntityManager em;

    ImportEntries(EntityManager em) {
        this.em = em;
    }

    /** A list of an authority, e.g. US-OFAC / SDN. */
    record ListName(String authority, String list) {
    }

    /** Where an entry lives in the registry and what it said when last imported. */
    record Known(UUID partyId, String fingerprint) {
    }

    /** The lists that earlier imports of this format brought in and that still have listed entries. */
    Set<ListName> listsOf(ListFormat format) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select distinct authority, list_name from import_entry"
                + " where listed and format = ?1").setParameter(1, format.name()).getResultList();
        Set<ListName> lists = new LinkedHashSet<>();
        rows.forEach(r -> lists.add(new ListName((String) r[0], (String) r[1])));
        return lists;
    }

    /** The entries of these lists that are listed now, by key. */
    Map<SourceKey, Known> listed(Collection<ListName> lists) {
        Map<SourceKey, Known> known = new HashMap<>();
        perList(lists, "select source_id, party_id, fingerprint from import_entry where listed and authority = ?1"
                + " and list_name = ?2", (key, row) -> known.put(key, new Known((UUID) row[1], (String) row[2])));
        return known;
    }

    /**
     * The party claiming each source entry of these lists (the party_source index), read at once so that an import
     * does not ask for every new entry whether some party, hand-made or delisted earlier, already holds it.
     */
    Map<SourceKey, UUID> claimed(Collection<ListName> lists) {
        Map<SourceKey, UUID> claimed = new HashMap<>();
        perList(lists, "select source_id, party_id from party_source where authority = ?1 and list_name = ?2",
                (key, row) -> claimed.put(key, (UUID) row[1]));
        return claimed;
    }

    /** Runs the query (source_id first, then what the caller wants) for each list and hands on each row's key. */
    private void perList(Collection<ListName> lists, String sql, BiConsumer<SourceKey, Object[]> rows) {
        for (ListName list : lists) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery(sql).setParameter(1, list.authority())
                    .setParameter(2, list.list()).getResultList();
            found.forEach(r -> rows.accept(new SourceKey(list.authority(), list.list(), (String) r[0]), r));
        }
    }

    /** Records that the entry is listed and held by the party, with its new fingerprint. */
    void listed(SourceKey key, UUID partyId, String fingerprint, ListFormat format, UUID jobId) {
        em.createNativeQuery("insert into import_entry (authority, list_name, source_id, party_id, fingerprint, format,"
                        + " listed, job_id) values (?1, ?2, ?3, ?4, ?5, ?6, true, ?7) on conflict (authority, list_name,"
                        + " source_id) do update set party_id = excluded.party_id, fingerprint = excluded.fingerprint,"
                        + " format = excluded.format, listed = true, job_id = excluded.job_id")
                .setParameter(1, key.authority()).setParameter(2, key.list()).setParameter(3, key.sourceId())
                .setParameter(4, partyId).setParameter(5, fingerprint).setParameter(6, format.name())
                .setParameter(7, jobId).executeUpdate();
    }

    /** Records that the entry left its list. */
    void delisted(SourceKey key, UUID jobId) {
        em.createNativeQuery("update import_entry set listed = false, job_id = ?4 where authority = ?1"
                        + " and list_name = ?2 and source_id = ?3")
                .setParameter(1, key.authority()).setParameter(2, key.list()).setParameter(3, key.sourceId())
                .setParameter(4, jobId).executeUpdate();
    }
}
