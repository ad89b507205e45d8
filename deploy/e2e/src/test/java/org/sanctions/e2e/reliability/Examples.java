package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plausible request bodies for an operation, from its documented examples or built from its schema (with the schema's
 * examples, first enum values and format-shaped values): the base each hostile value is put into, so that the
 * hostile value is what the service has to deal with.
 */
final class Examples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private Examples() {
    }

    /**
     * Candidate bodies, best first: the documented example (when it is a JSON container), one built from the schema
     * with every property, one with the required properties only. The caller keeps the first the service accepts.
     */
    static List<JsonNode> candidates(OpenApiDocument.Operation op) {
        JsonNode media = op.bodies().get(op.jsonType());
        List<JsonNode> out = new ArrayList<>();
        if (media == null) {
            out.add(NODES.objectNode());
            return out;
        }
        JsonNode documented = parse(media.has("example") ? media.get("example") : firstExample(media.path("examples")));
        if (documented != null && documented.isContainerNode()) {
            out.add(documented);
        }
        JsonNode schemaExample = parse(op.document().flatten(media.path("schema")).get("example"));
        if (schemaExample != null && schemaExample.isContainerNode() && !out.contains(schemaExample)) {
            out.add(schemaExample);
        }
        out.add(build(op.document(), media.path("schema"), 0, false));
        out.add(build(op.document(), media.path("schema"), 0, true));
        return out;
    }

    private static JsonNode firstExample(JsonNode examples) {
        Iterator<JsonNode> it = examples.elements();
        return it.hasNext() ? it.next().path("value") : null;
    }

    /** Examples are often documented as JSON text. */
    private static JsonNode parse(JsonNode example) {
        if (example == null || example.isMissingNode() || example.isNull()) {
            return null;
        }
        if (!example.isTextual()) {
            return example;
        }
        try {
            return Http.JSON.readTree(example.asText());
        } catch (IOException notJson) {
            return null;
        }
    }

    static JsonNode build(OpenApiDocument doc, JsonNode schemaRef, int depth) {
        return build(doc, schemaRef, depth, false);
    }

    /** An example from the schema; with {@code requiredOnly}, objects get their required properties only. */
    static JsonNode build(OpenApiDocument doc, JsonNode schemaRef, int depth, boolean requiredOnly) {
        JsonNode schema = doc.flatten(schemaRef);
        for (String alternatives : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(alternatives) && schema.get(alternatives).size() > 0) {
                return build(doc, schema.get(alternatives).get(0), depth, requiredOnly);
            }
        }
        if (schema.has("example") && !schema.get("example").isNull()) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String type = type(schema);
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    boolean wanted = !requiredOnly || required.contains(p.getKey());
                    if (wanted && !p.getValue().path("readOnly").asBoolean()) {
                        object.set(p.getKey(), build(doc, p.getValue(), depth + 1, requiredOnly));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(build(doc, schema.path("items"), depth + 1, requiredOnly));
                return array;
            }
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(0.5);
            case "boolean":
                return NODES.booleanNode(false);
            default:
                return NODES.textNode(stringFor(schema.path("format").asText()));
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static String stringFor(String format) {
        return switch (format) {
            case "date" -> "2025-03-31";
            case "date-time" -> "2025-03-31T00:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/list";
            default -> "Example";
        };
    }
}
