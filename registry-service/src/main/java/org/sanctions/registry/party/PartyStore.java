package org.sanctions.registry.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.audit.Change;
import org.sanctions.registry.audit.ChangeLog;
import org.sanctions.registry.audit.EntityType;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.Violation;
import org.sanctions.registry.common.WriteContext;

/**
 * The one write path of the party aggregate: document, derived columns, source index, flush, provenance of its values,
 * change record.
 */
@ApplicationScoped
public class PartyStore {

    private final PartyRepository parties;
    private final ChangeLog changes;
    private final ObjectMapper json;
    private final ValueProvenance provenance;
    private final RelationshipIndex links;

    public PartyStore(PartyRepository parties, ChangeLog changes, ObjectMapper json, ValueProvenance provenance,
            RelationshipIndex links) {
        this.links = links;
        this.parties = parties;
        this.changes = changes;
        this.json = json;
        this.provenance = provenance;
    }

    PartyRepository parties() {
        return parties;
    }

    /** Locks a party for a write, or 404; the audit chain first, as every write does (ChangeLog.holdChainForWrite). */
    public PartyEntity lock(UUID id) {
        changes.holdChainForWrite();
        return parties.lockForUpdate(id).orElseThrow(() -> notFound(id));
    }

    /** Rejects source entries that another party already claims (409), so an import cannot create duplicates. */
    public void checkSourcesFree(List<SourceRef> sources, UUID self) {
        changes.holdChainForWrite(); // a new party is a write: chain first, then its rows
        List<Violation> taken = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            parties.claimantOf(s.authority(), s.list(), s.sourceId()).filter(owner -> !owner.equals(self))
                    .ifPresent(owner -> taken.add(new Violation("sources", s.authority() + "/" + s.list() + "/"
                            + s.sourceId() + " already belongs to party " + owner)));
        }
        if (!taken.isEmpty()) {
            throw ApiException.conflict(taken.stream().map(Violation::message).collect(Collectors.joining("; ")) + ".");
        }
    }

    /**
     * Writes {@code doc} into the party (new or locked), flushes so the version is final, and records the change
     * from {@code before} (null for a new party) to the result.
     */
    public PartyDto save(PartyEntity party, PartyInput doc, PartyDto before, Action action, WriteContext context,
            Instant now) {
        links.checkTargets(party.id, doc.relationships());
        party.kind = doc.kind();
        party.document = write(doc);
        party.searchNames = doc.names().stream().map(n -> n.fullName().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        party.updatedAt = now;
        if (party.createdAt == null) {
            party.createdAt = now;
            parties.persist(party);
        }
        parties.indexSources(party.id, doc.sources());
        parties.flush();
        links.index(party.id, doc.relationships());
        PartyDto dto = PartyDto.of(party, doc);
        provenance.recordWrite(party.id, before, doc, context, now);
        changes.record(new Change(action, EntityType.PARTY, party.id.toString(), party.version, before, dto, context, now));
        return dto;
    }

    public PartyInput document(PartyEntity party) {
        try {
            return json.readValue(party.document, PartyInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored party document " + party.id + " does not fit PartyInput", e);
        }
    }

    public PartyDto dto(PartyEntity party) {
        return PartyDto.of(party, document(party));
    }

    static ApiException notFound(UUID id) {
        return ApiException.notFound("No party with id " + id + ".");
    }

    private String write(PartyInput doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a party document", e);
        }
    }
}
