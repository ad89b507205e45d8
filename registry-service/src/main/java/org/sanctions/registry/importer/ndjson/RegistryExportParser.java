package org.sanctions.registry.importer.ndjson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ImportedProgram;
import org.sanctions.registry.importer.JsonLines;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseRun;
import org.sanctions.registry.importer.PartialDates;
import org.sanctions.registry.importer.Texts;

/**
 * Parses this registry's own export (application/x-ndjson): a header line
 * {@code {"format":"sanctions-registry-export","formatVersion":1,...}}, then {@code {"program":{...}}} and
 * {@code {"party":{PartyDto}}} lines, so that one registry can be copied into another. Party ids, sources and
 * measure statuses are kept; registry bookkeeping (version, timestamps, measure ids) is left to the target registry.
 */
public final class RegistryExportParser implements ListParser {

    public static final String FORMAT = "sanctions-registry-export";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public ListFormat format() {
        return ListFormat.REGISTRY_NDJSON;
    }

    @Override
    public void read(ImportInput input, ParseRun run) throws IOException {
        ImportFile file = input.main();
        boolean[] header = {false};
        JsonLines.read(file, "a registry export (NDJSON)", (line, object) -> {
            if (!header[0]) {
                header(file, object, run);
                header[0] = true;
            } else if (object.has("party")) {
                party(file, line, object.get("party"), run);
            } else if (object.has("program")) {
                program(file, line, object.get("program"), run);
            } else {
                run.reject(file.name(), line, "line is neither a program nor a party");
            }
        }, run);
    }

    private static void header(ImportFile file, ObjectNode object, ParseRun run) {
        if (!FORMAT.equals(object.path("format").asText(null))) {
            throw new ListFormatException(file.name() + " is not a registry export: its first line is not the header"
                    + " {\"format\":\"" + FORMAT + "\",...} (starts with '" + Texts.excerpt(object.toString(), 60) + "')");
        }
        int version = object.path("formatVersion").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new ListFormatException(file.name() + " is a registry export of formatVersion " + version
                    + "; this registry reads formatVersion " + FORMAT_VERSION);
        }
        run.publicationDate(PartialDates.iso(object.path("exportedAt").asText(null)));
    }

    private static void party(ImportFile file, long line, JsonNode party, ParseRun run) {
        try {
            run.emit(JSON.treeToValue(party, ImportedParty.class));
        } catch (IOException | IllegalArgumentException e) {
            run.reject(file.name(), line, "party cannot be read: " + rootMessage(e));
        }
    }

    private static void program(ImportFile file, long line, JsonNode program, ParseRun run) {
        try {
            run.program(JSON.treeToValue(program, ImportedProgram.class));
        } catch (IOException | IllegalArgumentException e) {
            run.reject(file.name(), line, "program cannot be read: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "invalid value" : root.getMessage();
        return Texts.excerpt(message.lines().findFirst().orElse(message), 200);
    }
}
