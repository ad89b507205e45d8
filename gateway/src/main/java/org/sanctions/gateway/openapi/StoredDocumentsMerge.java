package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sanctions.gateway.routing.Upstream;

/**
 * Build-time merge (deploy/client): the documents the three modules stored at build time
 * ({@code target/openapi/openapi.json}) merged exactly as {@code GET /api/openapi} merges them, written to a file
 * that the client is generated from. Fails when a service's document is missing or when two services define a
 * shared type differently (the merge would publish {@code RegistryProblem} next to {@code Problem}).
 */
public final class StoredDocumentsMerge {

    private StoredDocumentsMerge() {
    }

    /** Arguments: gateway, registry and lookup documents, realm URL, public base URL, output file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            throw new IllegalArgumentException(
                    "usage: gateway.json registry.json lookup.json realm-url public-base-url output.json");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode gateway = json.readTree(Path.of(args[0]).toFile());
        List<OpenApiMerger.ServiceDocument> services = List.of(
                new OpenApiMerger.ServiceDocument(Upstream.REGISTRY, json.readTree(Path.of(args[1]).toFile()), null),
                new OpenApiMerger.ServiceDocument(Upstream.LOOKUP, json.readTree(Path.of(args[2]).toFile()), null));
        ObjectNode merged = OpenApiMerger.merge(gateway, services, args[3], args[4]);
        List<String> clashes = clashes(merged);
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("the services define these shared schemas differently: " + clashes);
        }
        Path output = Path.of(args[5]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(output.toFile(), merged);
    }

    /** Schemas kept twice because they differ, e.g. {@code RegistryProblem} next to {@code Problem}. */
    static List<String> clashes(JsonNode merged) {
        JsonNode schemas = merged.path("components").path("schemas");
        List<String> clashes = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            String prefix = OpenApiMerger.prefix(upstream);
            schemas.fieldNames().forEachRemaining(name -> {
                if (name.startsWith(prefix) && schemas.has(name.substring(prefix.length()))) {
                    clashes.add(name);
                }
            });
        }
        return clashes;
    }
}
