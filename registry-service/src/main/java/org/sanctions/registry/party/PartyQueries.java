package org.sanctions.registry.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.audit.EntityType;
import org.sanctions.registry.common.ApiException;

/** Reads parties: current state, state as recorded at an instant, filtered pages, lookup by source entry. */
@ApplicationScoped
public class PartyQueries {

    private final PartyRepository parties;
    private final PartyStore store;
    private final PartySearch search;
    private final ChangeLog changes;

    public PartyQueries(PartyRepository parties, PartyStore store, PartySearch search, ChangeLog changes) {
        this.parties = parties;
        this.store = store;
        this.search = search;
        this.changes = changes;
    }

    @Transactional
    public PartyDto get(UUID id) {
        return store.dto(parties.findByIdOptional(id).orElseThrow(() -> PartyStore.notFound(id)));
    }

    /** The party as it was recorded at {@code asOf}: 404 if it did not exist yet (or at all). */
    @Transactional
    public PartyDto asOf(UUID id, Instant asOf) {
        return changes.stateAt(EntityType.PARTY, id.toString(), asOf, PartyDto.class)
                .orElseThrow(() -> parties.findByIdOptional(id).isPresent()
                        ? ApiException.notFound("Party " + id + " was not yet recorded at " + asOf + ".")
                        : PartyStore.notFound(id));
    }

    /** The party that a source list entry was imported into, if any (for importers). */
    @Transactional
    public Optional<PartyDto> findBySource(String authority, String list, String sourceId) {
        return parties.claimantOf(authority, list, sourceId).map(this::get);
    }

    @Transactional
    public PartyPage list(PartyFilter filter, Cursor after, int limit) {
        List<Object[]> rows = search.page(filter, after, limit);
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        List<PartyDto> items = parties.loadAll(page.stream().map(PartySearch::id).toList()).stream()
                .map(store::dto).toList();
        String next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = new Cursor(instant(last[1]), PartySearch.id(last)).encode();
        }
        return new PartyPage(items, next);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
