package org.sanctions.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.sanctions.testkit.Tokens;

/** The public API through the gateway, as the tests use it to put data in place and to check what the UI did. */
final class RegistryApi {

    private final String gatewayUrl;

    RegistryApi(RunningSystem system) {
        this.gatewayUrl = system.gatewayUrl();
    }

    /** Creates the program unless a program with its code exists. */
    void ensureProgram(JsonNode program, String why) {
        String code = program.path("code").asText();
        if (call("GET", "/api/v1/programs/" + encode(code), Tokens.user("editor"), null, Map.of()).expect(200, 404)
                .status() == 404) {
            call("POST", "/api/v1/programs", Tokens.user("editor"), program, reason(why)).expect(201);
        }
    }

    /** The party holding this source reference, or null. */
    JsonNode findBySource(String authority, String list, String sourceId) {
        JsonNode page = call("GET", "/api/v1/parties?limit=1&source=" + encode(authority + "/" + list + "/" + sourceId),
                Tokens.user("editor"), null, Map.of()).expect(200).body();
        JsonNode items = page.path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** Creates a party as the editor and returns it (with its id and version). */
    JsonNode createParty(Object party, String why) {
        return call("POST", "/api/v1/parties", Tokens.user("editor"), party, reason(why)).expect(201).body();
    }

    /** Adds a measure to a party as the editor; returns the party after the change. */
    JsonNode addMeasure(String partyId, Object measure, String why) {
        return call("POST", "/api/v1/parties/" + partyId + "/measures", Tokens.user("editor"), measure, reason(why))
                .expect(201).body();
    }

    JsonNode party(String id) {
        return call("GET", "/api/v1/parties/" + id, Tokens.user("editor"), null, Map.of()).expect(200).body();
    }

    /** Replaces a party as the editor with the If-Match of the given version. */
    JsonNode updateParty(String id, long version, Object party, String why) {
        return call("PUT", "/api/v1/parties/" + id, Tokens.user("editor"), party,
                Map.of("If-Match", "\"" + version + "\"", "X-Change-Reason", encode(why))).expect(200).body();
    }

    /** Waits until the screening index knows the party: the lookup service follows the registry's change feed. */
    void awaitScreenable(String name, String partyId, Duration timeout) {
        String token = Tokens.bankDemo();
        Awaitility.await("party " + partyId + " screenable as '" + name + "'").atMost(timeout).pollInSameThread()
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                    JsonNode answer = call("POST", "/api/v1/screenings", token, Map.of("name", name, "threshold", 0,
                            "limit", 20), Map.of()).expect(200).body();
                    for (JsonNode match : answer.path("matches")) {
                        if (partyId.equals(match.path("partyId").asText())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private JsonHttp.Answer call(String method, String path, String token, Object body, Map<String, String> headers) {
        return JsonHttp.send(method, gatewayUrl + path, token, body, headers);
    }

    private static Map<String, String> reason(String why) {
        return Map.of("X-Change-Reason", encode(why));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
