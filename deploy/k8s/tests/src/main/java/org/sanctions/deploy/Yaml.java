package org.sanctions.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** YAML and JSON reading and writing shared by the generator and the manifest tests. */
public final class Yaml {

    /** Strings stay quoted so that values such as "true" or "8080" keep their JSON type in the realm. */
    public static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    public static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    /** Every document of a multi-document YAML text, in order; empty documents are dropped. */
    public static List<JsonNode> documents(String text) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
            return docs.readAll().stream().filter(doc -> doc != null && !doc.isNull() && !doc.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Not valid YAML", e);
        }
    }

    /** The single YAML (or JSON) document in a file. */
    public static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
