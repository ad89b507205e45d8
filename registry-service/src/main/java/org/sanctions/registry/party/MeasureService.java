package org.sanctions.registry.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sanctions.registry.audit.Action;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.ETags;
import org.sanctions.registry.common.InputValidator;
import org.sanctions.registry.common.Timestamps;
import org.sanctions.registry.common.WriteContext;
import org.sanctions.registry.program.ProgramEntity;
import org.sanctions.registry.program.ProgramService;

/** Adds measures to parties and ends them (revocation or expiry); a measure is never deleted. */
@ApplicationScoped
public class MeasureService {

    private final PartyStore store;
    private final ProgramService programs;
    private final InputValidator validator;

    public MeasureService(PartyStore store, ProgramService programs, InputValidator validator) {
        this.store = store;
        this.programs = programs;
        this.validator = validator;
    }

    /** The party after a measure was added, and the new measure's id. */
    public record Added(PartyDto party, UUID measureId) {
    }

    /** Adds a measure; {@code expectedVersion} (If-Match) is optional here because adding never overwrites. */
    @Transactional
    public Added add(UUID partyId, Long expectedVersion, MeasureInput input, WriteContext context) {
        validator.check(input);
        PartyEntity party = store.lock(partyId);
        checkVersion(party, expectedVersion);
        PartyDto before = store.dto(party);
        Instant now = Timestamps.now();
        MeasureEntity measure = measure(party, input, now);
        party.measures.add(measure);
        store.parties().getEntityManager().persist(measure);
        return new Added(store.save(party, store.document(party), before, Action.MEASURE_ADDED, context, now), measure.id);
    }

    /**
     * Creates a party with its first measures as one write: version 1, one change record. An importer adding
     * thousands of list entries would otherwise write each party twice and record each twice.
     */
    @Transactional
    public PartyDto createWithMeasures(PartyInput input, List<MeasureInput> measures, WriteContext context) {
        validator.check(input);
        measures.forEach(validator::check);
        store.checkSourcesFree(input.sources(), null);
        Instant now = Timestamps.now();
        PartyEntity party = new PartyEntity();
        party.id = UUID.randomUUID();
        party.version = 1;
        for (MeasureInput m : measures) {
            party.measures.add(measure(party, m, now));
        }
        PartyDto created = store.save(party, input, null, Action.PARTY_CREATED, context, now);
        // the measures reference the party row, which save has just inserted; they join it in this transaction
        party.measures.forEach(store.parties().getEntityManager()::persist);
        store.parties().flush();
        return created;
    }

    /** A new active measure of the party under an open program. */
    private MeasureEntity measure(PartyEntity party, MeasureInput input, Instant now) {
        ProgramEntity program = programs.requireOpen(input.program());
        MeasureEntity measure = new MeasureEntity();
        measure.id = UUID.randomUUID();
        measure.party = party;
        measure.programCode = program.code;
        measure.type = input.type();
        measure.authority = input.authority() != null ? input.authority() : program.authority;
        measure.listedDate = input.listedDate();
        measure.effectiveDate = input.effectiveDate() != null ? input.effectiveDate() : input.listedDate();
        measure.status = MeasureStatus.ACTIVE;
        measure.sourceUrl = input.sourceUrl();
        measure.createdAt = now;
        return measure;
    }

    /** Ends an active measure at a date with a reason: REVOKED (delisting) or EXPIRED. */
    @Transactional
    public PartyDto revoke(UUID partyId, UUID measureId, Long expectedVersion, Revocation input, WriteContext context) {
        validator.check(input);
        if (input.status() == MeasureStatus.ACTIVE) {
            throw ApiException.invalid("status", "must be REVOKED or EXPIRED");
        }
        PartyEntity party = store.lock(partyId);
        checkVersion(party, expectedVersion);
        MeasureEntity measure = find(party, measureId);
        if (measure.status != MeasureStatus.ACTIVE) {
            throw ApiException.conflict("The measure is already " + measure.status + " (since " + measure.statusDate + ").");
        }
        if (input.date().isBefore(measure.listedDate)) {
            throw ApiException.invalid("date", "must not be before the listing date " + measure.listedDate);
        }
        PartyDto before = store.dto(party);
        measure.status = input.status();
        measure.statusDate = input.date();
        measure.statusReason = input.reason();
        Action action = input.status() == MeasureStatus.EXPIRED ? Action.MEASURE_EXPIRED : Action.MEASURE_REVOKED;
        return store.save(party, store.document(party), before, action, context, Timestamps.now());
    }

    public MeasureDto get(UUID partyId, UUID measureId) {
        PartyEntity party = store.parties().findByIdOptional(partyId).orElseThrow(() -> PartyStore.notFound(partyId));
        return MeasureDto.of(find(party, measureId));
    }

    private static MeasureEntity find(PartyEntity party, UUID measureId) {
        return party.measures.stream().filter(m -> m.id.equals(measureId)).findFirst()
                .orElseThrow(() -> ApiException.notFound("Party " + party.id + " has no measure " + measureId + "."));
    }

    private static void checkVersion(PartyEntity party, Long expectedVersion) {
        if (expectedVersion != null) {
            ETags.checkCurrent(expectedVersion, party.version, "party");
        }
    }
}
