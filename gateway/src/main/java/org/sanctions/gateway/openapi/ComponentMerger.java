package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds one document's components (schemas, responses, parameters...) to the merged ones. Two services may both
 * define, say, {@code Problem}: the same definition is kept once, a different one is renamed with the service's
 * prefix ({@code LookupProblem}) and every {@code $ref} of that service's document is rewritten to follow.
 */
final class ComponentMerger {

    private static final String REF_PREFIX = "#/components/";

    private ComponentMerger() {
    }

    /** Merges {@code source}'s components into {@code target}'s; {@code source} is changed (refs rewritten). */
    static void merge(ObjectNode target, ObjectNode source, String prefix) {
        if (!(source.get("components") instanceof ObjectNode sourceComponents)) {
            return;
        }
        ObjectNode targetComponents = target.withObjectProperty("components");
        Map<String, String> renamed = new HashMap<>();
        List<String> sections = new ArrayList<>();
        sourceComponents.fieldNames().forEachRemaining(sections::add);
        for (String section : sections) {
            if ("securitySchemes".equals(section) || !(sourceComponents.get(section) instanceof ObjectNode entries)) {
                continue;
            }
            JsonNode existing = targetComponents.path(section);
            entries.fieldNames().forEachRemaining(name -> {
                JsonNode other = existing.get(name);
                if (other != null && !other.equals(entries.get(name))) {
                    renamed.put(REF_PREFIX + section + "/" + name, REF_PREFIX + section + "/" + prefix + name);
                }
            });
        }
        rewriteRefs(source, renamed);
        for (String section : sections) {
            if ("securitySchemes".equals(section) || !(sourceComponents.get(section) instanceof ObjectNode entries)) {
                continue;
            }
            ObjectNode targetSection = targetComponents.with(section);
            entries.fields().forEachRemaining(entry -> {
                String ref = REF_PREFIX + section + "/" + entry.getKey();
                String name = renamed.containsKey(ref) ? prefix + entry.getKey() : entry.getKey();
                targetSection.set(name, entry.getValue());
            });
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
        }
        node.forEach(child -> rewriteRefs(child, renamed));
    }
}
