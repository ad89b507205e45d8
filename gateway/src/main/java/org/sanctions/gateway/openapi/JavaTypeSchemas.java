package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Replaces the schemas the services' scanner names after Java types ({@code Instant}, {@code UUID},
 * {@code LocalDate}, Jackson's {@code JsonNode}) by what they are on the wire, inline: a generated client would
 * otherwise get classes of those names that collide with its own imports. A nullable reference
 * ({@code anyOf: [$ref, {type: null}]}) becomes the plain nullable type.
 */
final class JavaTypeSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String REF = "#/components/schemas/";

    /** Java type name, and the type and format it stands for ({@code null} format: any JSON object). */
    private static final Map<String, List<String>> WIRE = Map.of(
            "Instant", List.of("string", "date-time"),
            "UUID", List.of("string", "uuid"),
            "LocalDate", List.of("string", "date"),
            "JsonNode", List.of("object", ""));

    /** Java type names that must not remain in a document, inlined or dropped here. */
    static final List<String> NAMES = List.of("Instant", "UUID", "LocalDate", "JsonNode", "JsonNodeType");

    private JavaTypeSchemas() {
    }

    static void inline(ObjectNode document) {
        replace(document);
        if (document.path("components").path("schemas") instanceof ObjectNode schemas) {
            schemas.remove(NAMES);
        }
    }

    private static void replace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            String ref = object.path("$ref").asText("");
            if (ref.startsWith(REF) && WIRE.containsKey(ref.substring(REF.length()))) {
                List<String> wire = WIRE.get(ref.substring(REF.length()));
                object.remove(List.of("$ref", "items"));
                object.put("type", wire.get(0));
                if (!wire.get(1).isEmpty()) {
                    object.put("format", wire.get(1));
                }
            }
            object.forEach(JavaTypeSchemas::replace);
            collapseNullable(object);
        } else if (node instanceof ArrayNode array) {
            array.forEach(JavaTypeSchemas::replace);
        }
    }

    /**
     * {@code anyOf: [{type: T, format: F}, {type: null}]} to {@code type: [T, null], format: F}; a nullable reference
     * keeps its {@code anyOf} but loses the scanner's sibling {@code type: object}, which would refuse the null.
     */
    private static void collapseNullable(ObjectNode object) {
        if (!(object.get("anyOf") instanceof ArrayNode anyOf) || anyOf.size() != 2
                || !"null".equals(anyOf.get(1).path("type").asText())) {
            return;
        }
        JsonNode plain = anyOf.get(0);
        if (plain.has("$ref") || !plain.path("type").isTextual()) {
            object.remove("type");
            return;
        }
        object.remove("anyOf");
        object.set("type", NODES.arrayNode().add(plain.get("type").asText()).add("null"));
        if (plain.has("format")) {
            object.set("format", plain.get("format"));
        }
    }
}
