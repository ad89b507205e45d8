package org.sanctions.registry.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sanctions.registry.common.ApiException;
import org.sanctions.registry.common.InputValidator;
import org.sanctions.registry.common.JsonProblems;
import org.sanctions.registry.common.Patterns;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.MeasureStatus;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.Revocation;

/**
 * Turns a parsed list entry into what the registry services accept, held to the same rules as an API request: the
 * records go through the strict JSON binding (Unicode NFC, no control characters or broken surrogates) and Bean
 * Validation, so an entry the API would refuse is rejected with the same field-level reason instead of being stored.
 */
@ApplicationScoped
class EntryMapper {

    private static final Pattern PROGRAM_CODE = Pattern.compile(Patterns.PROGRAM_CODE);

    private final ObjectMapper json;
    private final InputValidator validator;

    EntryMapper(ObjectMapper json, InputValidator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The entry as the registry writes it, or {@link EntryRejected} saying which field is wrong and why. */
    MappedEntry map(ImportedParty entry, LocalDate listDate) {
        PartyInput party = checked("", strict("", PartyMapping.party(entry), PartyInput.class));
        List<MappedEntry.Measure> measures = new ArrayList<>();
        for (int i = 0; i < entry.measures().size(); i++) {
            measures.add(measure(entry.measures().get(i), listDate, "measures[" + i + "]."));
        }
        return new MappedEntry(entry.key(), party, List.copyOf(measures));
    }

    private MappedEntry.Measure measure(ImportedMeasure m, LocalDate listDate, String field) {
        if (!PROGRAM_CODE.matcher(ProgramCodes.of(m.program())).matches()) {
            throw new EntryRejected(field + "program '" + m.program() + "' cannot be made a program code (1-64"
                    + " upper-case letters, digits, '.', '_', '-')");
        }
        MeasureInput input;
        LocalDate ended;
        try {
            input = PartyMapping.measure(m, listDate);
            ended = m.statusDate() == null ? listDate : LocalDate.parse(m.statusDate());
        } catch (DateTimeException e) {
            throw new EntryRejected(field + "listedDate, effectiveDate or statusDate is not an ISO date");
        }
        input = checked(field, strict(field, input, MeasureInput.class));
        MeasureStatus status = PartyMapping.status(m.status());
        Revocation end = null;
        if (status != MeasureStatus.ACTIVE) {
            String reason = m.statusReason() != null ? m.statusReason() : status + " as the imported list states";
            end = checked(field + "end.", strict(field + "end.", new Revocation(ended, reason, status), Revocation.class));
        }
        return new MappedEntry.Measure(input, end);
    }

    /** The value after a trip through the API's strict JSON binding, which normalises and checks all text. */
    private <T> T strict(String field, T value, Class<T> type) {
        try {
            return json.readValue(json.writeValueAsString(value), type);
        } catch (JsonProcessingException e) {
            throw rejected(field, JsonProblems.of(e));
        }
    }

    private <T> T checked(String field, T value) {
        try {
            return validator.check(value);
        } catch (ApiException e) {
            throw rejected(field, e);
        }
    }

    private static EntryRejected rejected(String prefix, ApiException e) {
        if (e.violations().isEmpty()) {
            return new EntryRejected(e.getMessage());
        }
        return new EntryRejected(e.violations().stream().map(v -> prefix + v.field() + " " + v.message())
                .collect(Collectors.joining("; ")));
    }
}
