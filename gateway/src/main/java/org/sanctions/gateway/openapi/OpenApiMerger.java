package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctions.gateway.routing.Route;
import org.sanctions.gateway.routing.RouteTable;
import org.sanctions.gateway.routing.Upstream;

/**
 * Builds the one API document of everything the gateway exposes: its own operations, plus each service's
 * operations that the route table forwards to that service (annotated with the roles the gateway admits), one
 * OAuth2 security scheme pointing at the realm, and a plain statement of which services' parts are missing.
 */
final class OpenApiMerger {

    /** Name of the merged document's security scheme. */
    static final String SCHEME = "oidc";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    /** One service's document, or why it is missing. */
    record ServiceDocument(Upstream upstream, JsonNode document, String missingReason) {
    }

    /**
     * The merged document; {@code realmUrl} is the realm as browsers reach it, {@code publicBaseUrl} the gateway's
     * public base, named in {@code servers}.
     */
    static ObjectNode merge(JsonNode gateway, List<ServiceDocument> services, String realmUrl, String publicBaseUrl) {
        ObjectNode merged = gateway.deepCopy();
        JavaTypeSchemas.inline(merged);
        merged.putArray("servers").addObject().put("url", publicBaseUrl)
                .put("description", "The gateway, the one public entry point");
        merged.withObjectProperty("components").remove("securitySchemes");
        secureOperations(merged.withObjectProperty("paths"), null);
        List<String> missing = new ArrayList<>();
        ArrayNode sources = merged.putArray("x-sanctions-sources");
        for (ServiceDocument service : services) {
            String name = service.upstream().name().toLowerCase(Locale.ROOT);
            ObjectNode source = sources.addObject().put("service", name);
            if (service.document() instanceof ObjectNode document) {
                ObjectNode copy = document.deepCopy();
                JavaTypeSchemas.inline(copy);
                addService(merged, copy, service.upstream());
                source.put("status", "included");
            } else {
                missing.add(name + " service (" + service.missingReason() + ")");
                source.put("status", "missing").put("reason", service.missingReason());
            }
        }
        ObjectNode components = merged.withObjectProperty("components");
        components.set("securitySchemes", NODES.objectNode().set(SCHEME, scheme(realmUrl)));
        GatewayResponses.declare(components);
        merged.putArray("security").addObject().putArray(SCHEME);
        describe(merged.withObjectProperty("info"), missing);
        return merged;
    }

    private static void addService(ObjectNode merged, ObjectNode document, Upstream upstream) {
        ComponentMerger.merge(merged, document, prefix(upstream));
        ObjectNode paths = document.withObjectProperty("paths");
        secureOperations(paths, upstream);
        ObjectNode mergedPaths = merged.withObjectProperty("paths");
        paths.fields().forEachRemaining(path -> {
            if (path.getValue().size() > 0) {
                mergedPaths.set(path.getKey(), path.getValue());
            }
        });
        Set<String> tagNames = new HashSet<>();
        ArrayNode tags = merged.withArrayProperty("tags");
        tags.forEach(tag -> tagNames.add(tag.path("name").asText()));
        document.path("tags").forEach(tag -> {
            if (tagNames.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        });
    }

    /**
     * Points every operation at the merged scheme. For a service ({@code upstream} not null) it also drops the
     * operations the gateway does not forward to it, and lists the roles the gateway admits.
     */
    private static void secureOperations(ObjectNode paths, Upstream upstream) {
        List<String> empty = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            ObjectNode item = (ObjectNode) path.getValue();
            List<String> dropped = new ArrayList<>();
            item.fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                ObjectNode op = (ObjectNode) operation.getValue();
                Route route = upstream == null ? null : forwarded(path.getKey(), operation.getKey(), upstream);
                if (upstream != null && route == null) {
                    dropped.add(operation.getKey());
                    return;
                }
                op.putArray("security").addObject().putArray(SCHEME);
                if (route != null) {
                    ArrayNode roles = op.putArray("x-roles");
                    route.roles().stream().sorted().forEach(roles::add);
                    GatewayResponses.addTo(op, operation.getKey());
                }
            });
            item.remove(dropped);
            if (item.properties().stream().noneMatch(e -> METHODS.contains(e.getKey()))) {
                empty.add(path.getKey());
            }
        });
        paths.remove(empty);
    }

    /** Prefix of a service's schemas that clash with another's ({@code RegistryProblem}). */
    static String prefix(Upstream upstream) {
        return upstream.name().charAt(0) + upstream.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static Route forwarded(String pathTemplate, String method, Upstream upstream) {
        RouteTable.Resolution resolution =
                RouteTable.resolve(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), pathTemplate);
        return resolution instanceof RouteTable.Matched matched && matched.route().upstream() == upstream
                ? matched.route() : null;
    }

    private static ObjectNode scheme(String realmUrl) {
        ObjectNode scheme = NODES.objectNode().put("type", "oauth2").put("description",
                "Keycloak realm sanctions. People log in with the authorization code flow and PKCE (client"
                        + " sanctions-ui); bank systems use client credentials. Every token must carry the"
                        + " audience sanctions-api.");
        ObjectNode flows = scheme.putObject("flows");
        flows.putObject("authorizationCode")
                .put("authorizationUrl", realmUrl + "/protocol/openid-connect/auth")
                .put("tokenUrl", realmUrl + "/protocol/openid-connect/token")
                .putObject("scopes").put("openid", "OpenID Connect sign-in");
        flows.putObject("clientCredentials")
                .put("tokenUrl", realmUrl + "/protocol/openid-connect/token")
                .putObject("scopes");
        return scheme;
    }

    private static void describe(ObjectNode info, List<String> missing) {
        info.put("title", "Sanctions registry API");
        String text = "Everything the gateway exposes: the registry (parties, programs, audit log, change feed,"
                + " imports) and screening (screenings, jobs, evidence, search). Each operation lists in x-roles"
                + " the realm roles that may call it.";
        info.put("description", missing.isEmpty() ? text
                : text + " INCOMPLETE: these parts are missing because their service did not answer: "
                        + String.join("; ", missing) + ".");
    }
}
