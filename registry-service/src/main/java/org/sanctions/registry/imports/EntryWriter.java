package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.party.MeasureDto;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.MeasureService;
import org.sanctions.registry.party.MeasureStatus;
import org.sanctions.registry.party.PartyDto;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.PartyQueries;
import org.sanctions.registry.party.PartyService;
import org.sanctions.registry.party.Revocation;
import org.sanctions.registry.party.SourceRef;

/**
 * Writes list entries through the party and measure services (never around them), so each change is validated,
 * versioned and recorded in the change log with the import's actor and reason. Only measures of the entry's own
 * authorities are managed; anything an editor added under another authority is left alone.
 */
@ApplicationScoped
class EntryWriter {

    private final PartyService parties;
    private final MeasureService measures;
    private final PartyQueries queries;

    EntryWriter(PartyService parties, MeasureService measures, PartyQueries queries) {
        this.parties = parties;
        this.measures = measures;
        this.queries = queries;
    }

    /** Creates the entry's party with its measures in force as one write; measures stated as ended follow. */
    UUID create(MappedEntry entry, LocalDate listDate, WriteContext context) {
        List<MeasureInput> active = entry.measures().stream().filter(m -> m.end() == null)
                .map(MappedEntry.Measure::input).toList();
        PartyDto party = measures.createWithMeasures(entry.party(), active, context);
        for (MappedEntry.Measure m : entry.measures()) {
            if (m.end() != null) {
                party = add(party, m, listDate, context);
            }
        }
        return party.id();
    }

    /** Brings an existing party in line with the entry; true when that changed the party. */
    boolean update(UUID id, MappedEntry entry, LocalDate listDate, WriteContext context) {
        PartyDto before = queries.get(id);
        PartyDto party = parties.replace(id, before.version(), keepingOtherSources(entry, before), context);
        Set<String> listed = new HashSet<>();
        Set<String> authorities = new HashSet<>(Set.of(entry.key().authority()));
        entry.measures().forEach(m -> authorities.add(m.input().authority()));
        entry.measures().stream().filter(m -> m.end() == null).forEach(m -> listed.add(m.identity()));
        for (MeasureDto m : party.measures()) {
            if (m.status() == MeasureStatus.ACTIVE && authorities.contains(m.authority()) && !listed.contains(identity(m))) {
                party = end(party, m, "no longer listed under " + m.program() + " in " + label(entry.key()) + " on "
                        + listDate, listDate, MeasureStatus.REVOKED, context);
            }
        }
        for (MappedEntry.Measure m : entry.measures()) {
            party = add(party, m, listDate, context);
        }
        return party.version() != before.version();
    }

    /** The entry left its list: revokes the party's active measures of the list's authority. */
    void removeFromList(UUID id, SourceKey key, LocalDate listDate, WriteContext context) {
        PartyDto party = queries.get(id);
        for (MeasureDto m : party.measures()) {
            if (m.status() == MeasureStatus.ACTIVE && m.authority().equals(key.authority())) {
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

    /** The entry's document, keeping the party's references to other lists (an editor may have merged entries). */
    private static PartyInput keepingOtherSources(MappedEntry entry, PartyDto current) {
        PartyInput p = entry.party();
        List<SourceRef> sources = new ArrayList<>(p.sources());
        Set<String> keys = new HashSet<>();
        sources.forEach(s -> keys.add(key(s)));
        current.sources().stream().filter(s -> !keys.contains(key(s))).forEach(sources::add);
        return new PartyInput(p.kind(), p.names(), p.birthDates(), p.placesOfBirth(), p.nationalities(),
                p.citizenships(), p.gender(), p.positions(), p.identifiers(), p.addresses(), p.remarks(), sources);
    }

    private static String key(SourceRef s) {
        return s.authority() + "/" + s.list() + "/" + s.sourceId();
    }

    static String label(SourceKey key) {
        return key.authority() + " " + key.list();
    }
}
