package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.reliability.Http.Reply;

/**
 * The API as its OpenAPI documents describe it: the gateway's merged document when it serves one, else each
 * service's own {@code /q/openapi}. Yields every operation under /api with its parameters and request body.
 */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One parameter: name, where it goes (path, query, header), its schema, whether required. */
    record Param(String name, String in, JsonNode schema, boolean required) {
    }

    /** One operation, with the document it came from (to resolve its references). */
    record Operation(String method, String path, List<Param> params, Map<String, JsonNode> bodies,
            OpenApiDocument document) {

        boolean hasBody() {
            return !bodies.isEmpty();
        }

        boolean jsonBody() {
            return bodies.keySet().stream().anyMatch(t -> t.contains("json"));
        }

        String jsonType() {
            return bodies.keySet().stream().filter(t -> t.contains("json")).findFirst().orElse("application/json");
        }

        boolean write() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final String source;
    private final JsonNode root;

    private OpenApiDocument(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    /** The gateway's merged document if there is one, else the registry's and the lookup service's own. */
    static List<OpenApiDocument> load(RunningSystem system) {
        for (String path : List.of("/api/openapi", "/q/openapi?format=json")) {
            JsonNode merged = fetch(system.gatewayUrl() + path);
            if (merged != null && merged.path("paths").fieldNames().hasNext()
                    && hasApiPaths(merged)) {
                return List.of(new OpenApiDocument("gateway " + path, merged));
            }
        }
        List<OpenApiDocument> docs = new ArrayList<>();
        for (String module : List.of("registry-service", "lookup-service")) {
            JsonNode doc = fetch(system.service(module).baseUrl() + "/q/openapi?format=json");
            if (doc == null) {
                throw new AssertionError("no OpenAPI document from " + module);
            }
            docs.add(new OpenApiDocument(module + " /q/openapi", doc));
        }
        return docs;
    }

    String source() {
        return source;
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = path.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> op = it.next();
                if (METHODS.contains(op.getKey())) {
                    ops.add(operation(op.getKey().toUpperCase(), path.getKey(), path.getValue(), op.getValue()));
                }
            }
        }
        return ops;
    }

    private Operation operation(String method, String path, JsonNode item, JsonNode op) {
        List<Param> params = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), op.path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode param = resolve(p);
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        resolve(param.path("schema")), param.path("required").asBoolean()));
            }
        }
        Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
        resolve(op.path("requestBody")).path("content").fields()
                .forEachRemaining(e -> bodies.put(e.getKey(), e.getValue()));
        return new Operation(method, path, params, bodies, this);
    }

    /** Follows a local $ref (#/components/...) until a node without one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 20 && current.has("$ref"); i++) {
            String ref = current.get("$ref").asText();
            current = ref.startsWith("#/") ? root.at(ref.substring(1)) : JsonNodeFactory.instance.objectNode();
        }
        return current;
    }

    /** A schema with allOf parts merged into one object schema (enough for building examples). */
    JsonNode flatten(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (!s.has("allOf")) {
            return s;
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = merged.putObject("properties");
        merged.put("type", "object");
        for (JsonNode part : s.get("allOf")) {
            JsonNode p = flatten(part);
            if (p.has("properties")) {
                properties.setAll((ObjectNode) p.get("properties"));
            }
            p.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("properties") && !merged.has(e.getKey())) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
        }
        return merged;
    }

    private static boolean hasApiPaths(JsonNode doc) {
        for (Iterator<String> it = doc.path("paths").fieldNames(); it.hasNext(); ) {
            String p = it.next();
            if (p.startsWith("/api/v1/parties") || p.startsWith("/api/v1/screenings")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode fetch(String url) {
        Reply reply = Http.send(Http.request("GET", url, null, null, Map.of("Accept", "application/json"),
                Duration.ofSeconds(30)));
        return reply.status() == 200 ? reply.json() : null;
    }
}
