package org.sanctions.registry.relationship;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sanctions.registry.party.NameType;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyQueries;
import org.sanctions.registry.party.PartyRepository;
import org.sanctions.registry.party.PartyValues;
import org.sanctions.registry.party.RelatedParty;
import org.sanctions.registry.party.Relationship;
import org.sanctions.registry.party.RelationshipDirection;
import org.sanctions.registry.party.RelationshipIndex;
import org.sanctions.registry.party.ValueProvenance;
import org.sanctions.registry.party.ValueProvenance.Claims;
import org.sanctions.registry.party.ValueProvenanceDto.AssertedBy;

/** Builds a party's links both ways: its own links and those of other parties that name it. */
@ApplicationScoped
public class RelationshipView {

    private final PartyQueries queries;
    private final PartyRepository parties;
    private final RelationshipIndex index;
    private final ValueProvenance provenance;
    private final ObjectMapper json;

    RelationshipView(PartyQueries queries, PartyRepository parties, RelationshipIndex index,
            ValueProvenance provenance, ObjectMapper json) {
        this.queries = queries;
        this.parties = parties;
        this.index = index;
        this.provenance = provenance;
        this.json = json;
    }

    /** The key of a link within its party's document, as provenance knows it. */
    public String key(Relationship link) {
        return PartyValues.key(json, "relationships", json.valueToTree(link));
    }

    @Transactional
    public PartyRelationships of(UUID id) {
        PartyDto party = queries.get(id);
        Map<UUID, PartyDto> cache = new HashMap<>();
        cache.put(id, party);
        List<PartyLink> outgoing = new ArrayList<>();
        List<PartyLink> incoming = new ArrayList<>();
        Claims own = provenance.claims(id);
        for (Relationship link : party.relationships()) {
            PartyLink view = own(party, link, own, cache);
            (link.direction() == RelationshipDirection.OUTGOING ? outgoing : incoming).add(view);
        }
        Map<UUID, Claims> claims = new HashMap<>();
        for (RelationshipIndex.Incoming in : index.towards(id)) {
            PartyDto other = cache.computeIfAbsent(in.partyId(), queries::get);
            if (in.position() >= other.relationships().size()) {
                continue;
            }
            Relationship link = other.relationships().get(in.position());
            Claims theirs = claims.computeIfAbsent(other.id(), provenance::claims);
            PartyLink view = link(link, other.id(), other.id(), primary(other), link.target(), true, theirs);
            // the other party's OUTGOING link (it owns this party) is an incoming link of this party
            (link.direction() == RelationshipDirection.OUTGOING ? incoming : outgoing).add(view);
        }
        return new PartyRelationships(id, party.version(), outgoing, incoming);
    }

    private PartyLink own(PartyDto party, Relationship link, Claims claims, Map<UUID, PartyDto> cache) {
        Optional<UUID> other = Optional.ofNullable(link.partyId());
        if (other.isEmpty() && link.target() != null && link.target().hasEntry()) {
            other = parties.claimantOf(link.target().authority(), link.target().list(), link.target().sourceId());
        }
        if (other.isEmpty()) {
            String name = link.target() == null ? null : link.target().name();
            return link(link, party.id(), null, name, link.target(), false, claims);
        }
        PartyDto target = cache.computeIfAbsent(other.get(), queries::get);
        return link(link, party.id(), target.id(), primary(target), link.target(), true, claims);
    }

    private PartyLink link(Relationship l, UUID assertedBy, UUID other, String name,
            RelatedParty reference, boolean resolved, Claims claims) {
        String key = key(l);
        List<AssertedBy> sources = claims.of("relationships", key).stream().map(AssertedBy::of).toList();
        return new PartyLink(key, l.type(), assertedBy, other, name, reference, resolved, l.share(), l.shareMin(),
                l.shareMax(), l.startDate(), l.endDate(), l.remarks(), sources);
    }

    private static String primary(PartyDto party) {
        return party.names().stream().filter(n -> n.type() == NameType.PRIMARY).map(n -> n.fullName()).findFirst()
                .orElse(party.names().isEmpty() ? null : party.names().get(0).fullName());
    }
}
