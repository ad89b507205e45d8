package org.sanctions.registry.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Streams a JSON-lines file (UTF-8, one object per line). The first line must be a JSON object, or the file is not
 * of this kind; a later bad line is a rejected row; a bad last line without a line break is a truncated file.
 */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Receives each JSON object with its line number. */
    public interface Sink {
        void line(long number, ObjectNode object);
    }

    private JsonLines() {
    }

    public static void read(ImportFile file, String formatName, Sink sink, ParseRun run) throws IOException {
        try (CheckedTextReader text = CheckedTextReader.open(file, StandardCharsets.UTF_8);
             BufferedReader lines = new BufferedReader(text, 64 * 1024)) {
            long number = 0;
            long pendingLine = 0;
            String pendingReason = null;
            boolean first = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                run.rowRead();
                String reason = null;
                ObjectNode object = null;
                try {
                    JsonNode node = JSON.readTree(line);
                    object = node instanceof ObjectNode o ? o : null;
                    reason = object == null ? "is not a JSON object" : null;
                } catch (JsonProcessingException e) {
                    reason = "is not valid JSON: " + e.getOriginalMessage();
                }
                if (reason != null && first) {
                    throw new ListFormatException(file.name() + " is not " + formatName + ": line " + number + " "
                            + reason + " (starts with '" + Texts.excerpt(line, 60) + "')");
                }
                first = false;
                if (pendingReason != null) {
                    run.reject(file.name(), pendingLine, pendingReason);
                    pendingReason = null;
                }
                if (reason != null) {
                    pendingLine = number;
                    pendingReason = reason;
                } else {
                    sink.line(number, object);
                }
            }
            if (first) {
                throw new ListFormatException(file.name() + " is empty: not " + formatName);
            }
            if (pendingReason != null && !text.endsWithLineBreak()) {
                throw new ListFormatException(file.name() + " ends in the middle of line " + pendingLine
                        + " (" + pendingReason + "): the file is truncated");
            }
            if (pendingReason != null) {
                run.reject(file.name(), pendingLine, pendingReason);
            }
        }
    }

    /** The text values of an array property (FtM properties are always arrays of strings). */
    public static java.util.List<String> strings(JsonNode object, String property) {
        JsonNode values = object.path(property);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (values.isArray()) {
            values.forEach(v -> {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            });
        } else if (values.isTextual()) {
            out.add(values.asText());
        }
        return out;
    }
}
