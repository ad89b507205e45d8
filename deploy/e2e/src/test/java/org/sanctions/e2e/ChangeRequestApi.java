package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctions.testkit.Tokens;

/**
 * Editors' writes and change-request decisions (maker-checker, issue 16) through the gateway, each as the named demo
 * user (password = user name); answers are returned for the test to judge.
 */
final class ChangeRequestApi {

    private final String gatewayUrl;
    private final Map<String, String> tokens = new HashMap<>();

    ChangeRequestApi(RunningSystem system) {
        this.gatewayUrl = system.gatewayUrl();
    }

    /** A registry write as the user, with its reason (and If-Match when {@code version} is not null). */
    JsonHttp.Answer write(String user, String method, String path, Object body, Long version, String reason) {
        Map<String, String> headers = new HashMap<>(Map.of("X-Change-Reason", MonitoringApi.encode(reason)));
        if (version != null) {
            headers.put("If-Match", "\"" + version + "\"");
        }
        return JsonHttp.send(method, gatewayUrl + path, token(user), body, headers);
    }

    /** A merge patch of the party's remarks (the reason as the new text) that must be held: returns the request id. */
    String patch(String user, String partyId, long version, String reason) {
        JsonHttp.Answer held = write(user, "PATCH", "/api/v1/parties/" + partyId, Map.of("remarks", reason), version,
                reason).expect(202);
        assertThat(held.body().path("kind").asText()).isEqualTo("PATCH_PARTY");
        assertThat(held.body().path("baseVersion").asLong()).isEqualTo(version);
        return held.body().path("id").asText();
    }

    /** approval, rejection or withdrawal of a request by the user, with a reason or none. */
    JsonHttp.Answer decide(String user, String requestId, String decision, String reason) {
        Map<String, Object> body = reason == null ? Map.of() : Map.of("reason", reason);
        return JsonHttp.send("POST", gatewayUrl + "/api/v1/change-requests/" + requestId + "/" + decision, token(user),
                body, Map.of());
    }

    String state(String user, String requestId) {
        return JsonHttp.send("GET", gatewayUrl + "/api/v1/change-requests/" + requestId, token(user), null, Map.of())
                .expect(200).body().path("state").asText();
    }

    /** Ids of every pending request, all pages. */
    List<String> pendingIds(String user) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JsonHttp.send("GET", gatewayUrl + "/api/v1/change-requests?state=PENDING&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), token(user), null, Map.of()).expect(200).body();
            page.path("items").forEach(r -> ids.add(r.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return ids;
    }

    /** A refusal: this status, a problem document whose type contains {@code type}. */
    void assertProblem(JsonHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asText()).contains(type);
    }

    private String token(String user) {
        return tokens.computeIfAbsent(user, Tokens::user);
    }
}
