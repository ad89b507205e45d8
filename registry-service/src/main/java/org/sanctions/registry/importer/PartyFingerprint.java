package org.sanctions.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical content hash of an {@link ImportedParty}: SHA-256 over its JSON with keys sorted, nulls and empty
 * lists dropped and list elements sorted, so the same facts in another order give the same hash. Stored per party,
 * it lets a re-import tell unchanged entries from updated ones without comparing field by field.
 */
public final class PartyFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartyFingerprint() {
    }

    /** 64 lower-case hex digits. */
    public static String of(ImportedParty party) {
        try {
            String canonical = canonical(JSON.valueToTree(party));
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The canonical JSON text that {@link #of} hashes. */
    static String canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode value = field.getValue();
                if (!value.isNull() && !(value.isArray() && value.isEmpty())) {
                    sorted.put(field.getKey(), canonical(value));
                }
            }
            StringBuilder out = new StringBuilder("{");
            sorted.forEach((key, value) -> out.append(out.length() > 1 ? "," : "").append(TextNode.valueOf(key))
                    .append(':').append(value));
            return out.append('}').toString();
        }
        if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            node.forEach(element -> elements.add(canonical(element)));
            elements.sort(null);
            return "[" + String.join(",", elements) + "]";
        }
        return node.toString();
    }
}
