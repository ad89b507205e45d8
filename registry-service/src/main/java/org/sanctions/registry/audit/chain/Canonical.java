package org.sanctions.registry.audit.chain;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Canonical JSON (object keys sorted, no whitespace, Jackson's standard escaping) and SHA-256, so that an event
 * hashes the same whether it is built in memory at append time or read back from JSONB columns at verification.
 */
public final class Canonical {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Canonical() {
    }

    public static String of(JsonNode node) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(node, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void write(JsonNode node, JsonGenerator g) throws IOException {
        if (node == null || node.isNull() || node.isMissingNode()) {
            g.writeNull();
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>(node.size());
            node.fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            g.writeStartObject();
            for (String key : keys) {
                g.writeFieldName(key);
                write(node.get(key), g);
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNumber()) {
            ((JsonSerializable) node).serialize(g, null);
        } else {
            g.writeString(node.asText());
        }
    }
}
