package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The answers the gateway itself may give on any forwarded operation, before or instead of the service's: they
 * are added to each forwarded operation of the merged document as shared responses with problem examples.
 */
final class GatewayResponses {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");

    /** Status, name in components.responses, slug, description. */
    private record Answer(String status, String name, String slug, String description) {
    }

    private static final Map<String, Answer> ANSWERS = new LinkedHashMap<>();

    static {
        add("401", "GatewayUnauthorized", "unauthorized", "No token, or a token that is invalid, expired or foreign");
        add("403", "GatewayForbidden", "forbidden", "The token carries none of the roles in x-roles");
        add("413", "GatewayPayloadTooLarge", "payload-too-large", "The body is larger than this route accepts");
        add("429", "GatewayRateLimited", "rate-limited",
                "The client is over its request rate, or has too many job uploads in flight; see Retry-After");
        add("502", "GatewayUpstreamUnavailable", "upstream-unavailable", "The service behind the gateway is down");
        add("504", "GatewayUpstreamTimeout", "upstream-timeout",
                "The service behind the gateway did not answer in time");
    }

    private GatewayResponses() {
    }

    private static void add(String status, String name, String slug, String description) {
        ANSWERS.put(status, new Answer(status, name, slug, description));
    }

    /** Declares the shared responses in components.responses. */
    static void declare(ObjectNode components) {
        ObjectNode responses = components.withObjectProperty("responses");
        for (Answer answer : ANSWERS.values()) {
            ObjectNode response = responses.putObject(answer.name()).put("description", answer.description());
            if ("429".equals(answer.status())) {
                response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                        .putObject("schema").put("type", "integer");
            }
            ObjectNode content = response.putObject("content").putObject("application/problem+json");
            content.putObject("schema").put("$ref", "#/components/schemas/Problem");
            content.putObject("example").put("type", "urn:sanctions:problem:" + answer.slug())
                    .put("status", Integer.parseInt(answer.status())).put("detail", answer.description() + ".");
        }
    }

    /** Adds the gateway's answers that the operation does not already document. */
    static void addTo(ObjectNode operation, String method) {
        ObjectNode responses = operation.withObjectProperty("responses");
        for (Answer answer : ANSWERS.values()) {
            if ("413".equals(answer.status()) && !WITH_BODY.contains(method)) {
                continue;
            }
            if (!responses.has(answer.status())) {
                responses.set(answer.status(),
                        NODES.objectNode().put("$ref", "#/components/responses/" + answer.name()));
            }
        }
    }
}
