package org.sanctions.lookup.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.problem.Problem;

/**
 * Reads a customer upload one record at a time (NDJSON: a line; CSV: a record, whose quoted fields may hold line
 * breaks, see {@link CsvRecords}): CSV with a header row naming {@code customerId} and
 * {@code name} (optional {@code kind}, {@code birthDate}, {@code nationality}, {@code otherNames} separated by
 * {@code |}; every other column is a reference field; CSV carries no owners), or NDJSON objects with
 * {@code customerId} and the fields of a customer body, {@code owners} included. Each line becomes a customer or a
 * rejection with its line number; a bad line never stops the upload.
 */
final class CustomerUploadParser {

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final List<String> KNOWN = List.of("customerid", "name", "kind", "birthdate", "nationality",
            "othernames");

    /** A line's result: a customer, a rejection, or neither (header, blank line). */
    record Row(int line, Customer customer, Problem.Violation rejection) {
    }

    private final boolean csv;
    private final String bank;
    private final ObjectMapper json;
    private final Validator validator;
    private List<String> header;

    CustomerUploadParser(boolean csv, String bank, ObjectMapper json, Validator validator) {
        this.csv = csv;
        this.bank = bank;
        this.json = json;
        this.validator = validator;
    }

    /** The row of one line, or null for a blank line or the CSV header. */
    Row parse(int line, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (csv && header == null) {
            return header(line, text);
        }
        try {
            return csv ? csvRow(line, text) : jsonRow(line, text);
        } catch (Rejected e) {
            return new Row(line, null, e.violation);
        }
    }

    /** The rejection of a line whose quoted field is never closed (see {@link CsvRecords}). */
    Row unterminated(int line) {
        if (header == null) {
            throw new IllegalArgumentException("the CSV header (line " + line + ") opens a quote it never closes");
        }
        return new Row(line, null, new Problem.Violation(null, "a quoted field opened on this line is not closed"
                + " within " + CsvRecords.MAX_LINES + " lines"));
    }

    private Row header(int line, String text) {
        List<String> names = fields(text).orElse(List.of());
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        if (!lower.contains("customerid") || !lower.contains("name")) {
            throw new IllegalArgumentException("the CSV header (line " + line + ") must name the columns customerId"
                    + " and name");
        }
        header = names;
        return null;
    }

    private Row csvRow(int line, String text) {
        List<String> fields = fields(text).orElseThrow(() -> new Rejected(null, "malformed CSV line"));
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, Object> reference = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < fields.size(); i++) {
            String column = header.get(i);
            String value = fields.get(i);
            if (KNOWN.contains(column.toLowerCase(Locale.ROOT))) {
                known.put(column.toLowerCase(Locale.ROOT), value.isEmpty() ? null : value);
            } else if (!value.isEmpty()) {
                reference.put(column, value);
            }
        }
        String otherNames = known.get("othernames");
        CustomerRequest request = new CustomerRequest(known.get("name"), kind(known.get("kind")),
                known.get("birthdate"), known.get("nationality"),
                otherNames == null ? List.of() : Arrays.stream(otherNames.split("\\|")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(), reference);
        return validated(line, known.get("customerid"), request);
    }

    private Row jsonRow(int line, String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (IOException e) {
            throw new Rejected(null, "malformed JSON line");
        }
        if (!node.isObject()) {
            throw new Rejected(null, "line is not a JSON object");
        }
        JsonNode id = node.get("customerId");
        JsonNode kind = node.get("kind");
        CustomerRequest request;
        try {
            com.fasterxml.jackson.databind.node.ObjectNode body = ((com.fasterxml.jackson.databind.node.ObjectNode)
                    node.deepCopy()).without(List.of("customerId", "kind"));
            request = json.treeToValue(body, CustomerRequest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new Rejected(null, "not a customer: " + e.getMessage().lines().findFirst().orElse(""));
        }
        request = new CustomerRequest(request.name(), kind(kind == null || kind.isNull() ? null : kind.asText()),
                request.birthDate(), request.nationality(), request.otherNames(), request.reference(),
                request.owners());
        return validated(line, id == null || id.isNull() ? null : id.asText(), request);
    }

    private Row validated(int line, String customerId, CustomerRequest request) {
        Optional<Problem.Violation> violation = CustomerValidation.firstViolation(validator, customerId, request);
        return violation.map(v -> new Row(line, null, v))
                .orElseGet(() -> new Row(line, Customer.of(bank, customerId, request), null));
    }

    private static Kind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected("kind", "must be one of " + List.of(Kind.values()));
        }
    }

    private static Optional<List<String>> fields(String line) {
        try (var parser = CSV.parse(new StringReader(line))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            records.get(0).forEach(out::add);
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final class Rejected extends RuntimeException {
        private final transient Problem.Violation violation;

        Rejected(String field, String message) {
            super(message, null, false, false);
            this.violation = new Problem.Violation(field, message);
        }
    }
}
