package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The parsed documents of one rendered overlay, looked up by kind and name. */
record Manifests(List<JsonNode> documents) {

    static Manifests parse(String yaml) {
        return new Manifests(Yaml.documents(yaml));
    }

    List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(doc -> kind.equals(doc.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(doc -> name.equals(name(doc))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new NoSuchElementException("No " + kind + " " + name + " in the render"));
    }

    boolean has(String kind, String name) {
        return find(kind, name).isPresent();
    }

    /** A labels (or selector matchLabels) object as a map. */
    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static String namespace(JsonNode doc) {
        return doc.path("metadata").path("namespace").asText();
    }
}
