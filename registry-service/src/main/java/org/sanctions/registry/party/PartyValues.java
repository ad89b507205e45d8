package org.sanctions.registry.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a party document as provenance tracks them: each element of a list field (a name, a birth date, an
 * identifier, ...) and each scalar (kind, gender, remarks) is one value, known by the SHA-256 of its JSON. A name is
 * known by its text alone (a merge may turn a PRIMARY into an AKA, a list may not tag the script a person tagged); a
 * source reference by its entry (authority, list, source id), whatever its URL.
 */
public final class PartyValues {

    public static final List<String> LIST_FIELDS = List.of("names", "birthDates", "placesOfBirth", "nationalities",
            "citizenships", "positions", "identifiers", "addresses", "sources", "relationships");
    public static final List<String> SCALAR_FIELDS = List.of("kind", "gender", "remarks");

    private PartyValues() {
    }

    /** Field -> value key -> value, in document order; a document of null gives an empty map per field. */
    public static Map<String, Map<String, JsonNode>> of(ObjectMapper json, Object document) {
        JsonNode doc = document == null ? null : json.valueToTree(document);
        Map<String, Map<String, JsonNode>> values = new LinkedHashMap<>();
        for (String field : LIST_FIELDS) {
            Map<String, JsonNode> items = new LinkedHashMap<>();
            JsonNode list = doc == null ? null : doc.get(field);
            if (list != null && list.isArray()) {
                list.forEach(item -> items.putIfAbsent(key(json, field, item), item));
            }
            values.put(field, items);
        }
        for (String field : SCALAR_FIELDS) {
            Map<String, JsonNode> items = new LinkedHashMap<>();
            JsonNode value = doc == null ? null : doc.get(field);
            if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
                items.put(key(json, field, value), value);
            }
            values.put(field, items);
        }
        return values;
    }

    /** The key of one value of the field. */
    public static String key(ObjectMapper json, String field, JsonNode value) {
        JsonNode keyed = value;
        if ("names".equals(field) && value.isObject()) {
            keyed = ((ObjectNode) value.deepCopy()).retain("fullName"); // its text, whatever type or script tags
        } else if ("sources".equals(field) && value.isObject()) {
            keyed = ((ObjectNode) value.deepCopy()).retain("authority", "list", "sourceId"); // one entry, one value
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (field + "\n" + json.writeValueAsString(keyed)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot key a party value", e);
        }
    }
}
