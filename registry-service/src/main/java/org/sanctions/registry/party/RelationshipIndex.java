package org.sanctions.registry.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Violation;

/**
 * The table party_relationship, derived from the links in the party documents: rewritten with each write of a
 * party, read for the links other parties assert towards one party.
 */
@ApplicationScoped
public class RelationshipIndex {

    private final EntityManager em;

    RelationshipIndex(EntityManager em) {
        this.em = em;
    }

    /** A link another party asserts towards the party asked about: who asserts it and at which position. */
    public record Incoming(UUID partyId, int position) {
    }

    /** Refuses (400, nothing written) links to a party id the registry does not have, or to the party itself. */
    void checkTargets(UUID self, List<Relationship> links) {
        List<Violation> wrong = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        links.stream().filter(l -> l.partyId() != null).forEach(l -> ids.add(l.partyId()));
        Set<UUID> known = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id from PartyEntity p where p.id in ?1", UUID.class).setParameter(1, ids)
                    .getResultList().forEach(known::add);
        }
        for (int i = 0; i < links.size(); i++) {
            UUID target = links.get(i).partyId();
            if (target != null && target.equals(self)) {
                wrong.add(new Violation("relationships[" + i + "].partyId", "must be another party, not this one"));
            } else if (target != null && !known.contains(target)) {
                wrong.add(new Violation("relationships[" + i + "].partyId", "no party with id " + target));
            }
        }
        if (!wrong.isEmpty()) {
            throw ApiException.validation(wrong);
        }
    }

    /** Rewrites the rows of the party from its document's links. */
    void index(UUID party, List<Relationship> links) {
        em.createNativeQuery("delete from party_relationship where party_id = ?1").setParameter(1, party)
                .executeUpdate();
        for (int i = 0; i < links.size(); i++) {
            Relationship l = links.get(i);
            RelatedParty t = l.target() != null && l.target().hasEntry() ? l.target() : null;
            em.createNativeQuery("insert into party_relationship (party_id, position, type, direction, target_party_id,"
                            + " target_authority, target_list, target_source_id) values (?1, ?2, ?3, ?4,"
                            + " cast(cast(?5 as varchar) as uuid), cast(?6 as varchar), cast(?7 as varchar),"
                            + " cast(?8 as varchar))")
                    .setParameter(1, party).setParameter(2, i).setParameter(3, l.type().name())
                    .setParameter(4, l.direction().name())
                    .setParameter(5, l.partyId() == null ? null : l.partyId().toString())
                    .setParameter(6, t == null ? null : t.authority()).setParameter(7, t == null ? null : t.list())
                    .setParameter(8, t == null ? null : t.sourceId()).executeUpdate();
        }
    }

    /** The links other parties assert that name this party, by its id or by a source entry it claims. */
    public List<Incoming> towards(UUID party) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.party_id, r.position from party_relationship r"
                + " where r.party_id <> ?1 and (r.target_party_id = ?1 or exists (select 1 from party_source s"
                + " where s.party_id = ?1 and s.authority = r.target_authority and s.list_name = r.target_list"
                + " and s.source_id = r.target_source_id)) order by r.party_id, r.position")
                .setParameter(1, party).getResultList();
        return rows.stream().map(r -> new Incoming((UUID) r[0], ((Number) r[1]).intValue())).toList();
    }
}
