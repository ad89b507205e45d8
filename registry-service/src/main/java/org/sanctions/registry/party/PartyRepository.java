package org.sanctions.registry.party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Loads and stores parties and the source-reference index beside them. */
@ApplicationScoped
public class PartyRepository implements PanacheRepositoryBase<PartyEntity, UUID> {

    /** Reads the row with a write lock: concurrent writers of one party queue, and the loser sees the new version. */
    public Optional<PartyEntity> lockForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Parties with their measures, in the order of {@code ids}. */
    public List<PartyEntity> loadAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PartyEntity> found = find("select distinct p from PartyEntity p left join fetch p.measures where p.id in ?1", ids)
                .list();
        Map<UUID, PartyEntity> byId = found.stream().collect(Collectors.toMap(p -> p.id, p -> p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The party that claims a source entry, if any. (No result class: Hibernate caches a native query's plan under a
     * key that a per-call result mapping never matches, so that cache filled up and every write paid to search it.)
     */
    public Optional<UUID> claimantOf(String authority, String list, String sourceId) {
        return getEntityManager().createNativeQuery("select party_id from party_source where authority = ?1"
                        + " and list_name = ?2 and source_id = ?3")
                .setParameter(1, authority).setParameter(2, list).setParameter(3, sourceId)
                .getResultStream().map(UUID.class::cast).findFirst();
    }

    /** Rewrites the source index of a party (a derived index, like search_names; history lives in the change log). */
    public void indexSources(UUID partyId, Collection<SourceRef> sources) {
        var em = getEntityManager();
        em.createNativeQuery("delete from party_source where party_id = ?1").setParameter(1, partyId).executeUpdate();
        for (SourceRef s : sources) {
            em.createNativeQuery("insert into party_source (authority, list_name, source_id, party_id) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, s.authority()).setParameter(2, s.list()).setParameter(3, s.sourceId())
                    .setParameter(4, partyId).executeUpdate();
        }
    }
}
