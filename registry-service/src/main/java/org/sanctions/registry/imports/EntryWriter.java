package org.sanctions.registry.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.party.MeasureDto;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.MeasureService;
import org.sanctions.registry.party.MeasureStatus;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyQueries;
import org.sanctions.registry.party.PartyService;
import org.sanctions.registry.party.Revocation;
import org.sanctions.registry.party.ValueProvenance;

/**
 * Writes list entries through the party and measure services (never around them), so each change is validated,
 * versioned and recorded in the change log with the import's actor and reason. Only the measures an import wrote for
 * the entry are ever revoked by a later one; a measure an editor added stays, whatever its authority.
 */
@ApplicationScoped
class EntryWriter {

    private final PartyService parties;
    private final MeasureService measures;
    private final PartyQueries queries;
    private final ValueProvenance provenance;
    private final ObjectMapper json;

    EntryWriter(PartyService parties, MeasureService measures, PartyQueries queries, ValueProvenance provenance,
            ObjectMapper json) {
        this.parties = parties;
        this.measures = measures;
        this.queries = queries;
        this.provenance = provenance;
        this.json = json;
    }

    /** What an update did: the party before and after, and the values the list dropped that others keep. */
    record Updated(PartyDto before, PartyDto after, List<PartyMerge.Retained> retained) {
    }

    /**
     * Creates the entry's party with its measures in force as one write; measures stated as ended follow. The
     * context is the list's ({@link WriteContext#list()}), which then asserts every value of the new party.
     */
    UUID create(MappedEntry entry, LocalDate listDate, WriteContext context) {
        List<MeasureInput> active = entry.measures().stream().filter(m -> m.end() == null)
                .map(MappedEntry.Measure::input).toList();
        PartyDto party = measures.createWithMeasures(entry.party(), active, context);
        for (MappedEntry.Measure m : entry.measures()) {
            if (m.end() != null) {
                party = add(party, m, listDate, context);
            }
        }
        provenance.assertList(party.id(), entry.party(), context, true, Timestamps.now());
        return party.id();
    }

    /**
     * Brings an existing party in line with the entry, replacing only what the entry's list asserted before
     * ({@link PartyMerge}): values a person or another list asserts stay. {@code previous} are the measures the entry
     * stated at its last import: those it no longer states are revoked, any other measure of the party (an
     * editor's) is left alone.
     */
    Updated update(UUID id, MappedEntry entry, Set<String> previous, LocalDate listDate, WriteContext context) {
        PartyDto before = queries.get(id);
        PartyMerge.Result merged = PartyMerge.of(json, before, entry.party(), provenance.claims(id),
                context.list().asserter());
        PartyDto party = parties.replace(id, before.version(), merged.document(), context);
        provenance.assertList(id, entry.party(), context, false, Timestamps.now());
        Set<String> stated = new HashSet<>();
        entry.measures().stream().filter(m -> m.end() == null).forEach(m -> stated.add(m.identity()));
        for (MeasureDto m : party.measures()) {
            if (m.status() == MeasureStatus.ACTIVE && previous.contains(identity(m)) && !stated.contains(identity(m))) {
                party = end(party, m, "no longer listed under " + m.program() + " in " + label(entry.key()) + " on "
                        + listDate, listDate, MeasureStatus.REVOKED, context);
            }
        }
        for (MappedEntry.Measure m : entry.measures()) {
            party = add(party, m, listDate, context);
        }
        return new Updated(before, party, merged.retained());
    }

    /** The entry left its list: revokes the measures in force that it stated at its last import. */
    void removeFromList(UUID id, SourceKey key, Set<String> previous, LocalDate listDate, WriteContext context) {
        PartyDto party = queries.get(id);
        for (MeasureDto m : party.measures()) {
            if (m.status() == MeasureStatus.ACTIVE && previous.contains(identity(m))) {
                party = end(party, m, "removed from " + label(key) + " on " + listDate, listDate, MeasureStatus.REVOKED,
                        context);
            }
        }
    }

    /** Adds the measure unless the party has it in force; a measure the file states as ended is ended too. */
    private PartyDto add(PartyDto party, MappedEntry.Measure m, LocalDate listDate, WriteContext context) {
        Optional<MeasureDto> active = find(party, m.identity(), true);
        if (m.end() == null) {
            return active.isPresent() ? party : measures.add(party.id(), null, m.input(), context).party();
        }
        if (active.isPresent()) {
            return end(party, active.get(), m.end().reason(), m.end().date(), m.end().status(), context);
        }
        if (find(party, m.identity(), false).isPresent()) {
            return party; // already recorded as ended
        }
        MeasureService.Added added = measures.add(party.id(), null, m.input(), context);
        MeasureDto created = added.party().measures().stream().filter(x -> x.id().equals(added.measureId()))
                .findFirst().orElseThrow();
        return end(added.party(), created, m.end().reason(), m.end().date(), m.end().status(), context);
    }

    /** Ends a measure at the date, but never before it was listed (the service refuses that). */
    private PartyDto end(PartyDto party, MeasureDto m, String reason, LocalDate date, MeasureStatus status,
            WriteContext context) {
        LocalDate at = date.isBefore(m.listedDate()) ? m.listedDate() : date;
        return measures.revoke(party.id(), m.id(), null, new Revocation(at, reason, status), context);
    }

    private static Optional<MeasureDto> find(PartyDto party, String identity, boolean activeOnly) {
        return party.measures().stream().filter(m -> identity(m).equals(identity))
                .filter(m -> !activeOnly || m.status() == MeasureStatus.ACTIVE).findFirst();
    }

    private static String identity(MeasureDto m) {
        return m.program() + "|" + m.type() + "|" + m.authority();
    }

    static String label(SourceKey key) {
        return key.authority() + " " + key.list();
    }
}
