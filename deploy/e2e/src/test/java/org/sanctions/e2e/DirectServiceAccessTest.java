package org.sanctions.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.e2e.DirectCaller.AUDITOR;
import static org.sanctions.e2e.DirectCaller.BANK_DEMO;
import static org.sanctions.e2e.DirectCaller.EDITOR;
import static org.sanctions.e2e.DirectCaller.EXPIRED;
import static org.sanctions.e2e.DirectCaller.FORGED_WITH_KEYCLOAK_KID;
import static org.sanctions.e2e.DirectCaller.FORGED_WITH_UNKNOWN_KID;
import static org.sanctions.e2e.DirectCaller.NO_TOKEN;
import static org.sanctions.e2e.DirectCaller.OFFICER;
import static org.sanctions.e2e.DirectCaller.TEST_CLIENT;
import static org.sanctions.e2e.DirectCaller.UNSIGNED;
import static org.sanctions.e2e.DirectCaller.WRONG_AUDIENCE;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service verifies tokens itself: registry-service and lookup-service called on their own ports, bypassing the
 * gateway, with real Keycloak tokens, no token, and tokens they must refuse (forged, unsigned, wrong audience,
 * expired). Refusals are 401/403 application/problem+json, and a refused write creates nothing.
 */
@ExtendWith(SystemExtension.class)
class DirectServiceAccessTest {

    private static final String REGISTRY = "registry-service";
    private static final String LOOKUP = "lookup-service";
    private static final String PARTIES = "/api/v1/parties";
    private static final String SCREENINGS = "/api/v1/screenings";
    private static final String PROGRAM_CODE = "DIRECT-AUTH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final Map<String, Object> PROGRAM = Map.of("code", PROGRAM_CODE, "name", "Direct access test program",
            "authority", "US-OFAC");
    private static final Map<String, Object> SCREENING = Map.of("name", "John Lee");
    private static final List<DirectCaller> REFUSED_TOKENS =
            List.of(NO_TOKEN, FORGED_WITH_KEYCLOAK_KID, FORGED_WITH_UNKNOWN_KID, UNSIGNED, WRONG_AUDIENCE, EXPIRED);

    /** One direct call and the status the authorization matrix demands. */
    record Call(String module, String method, String path, Object body, DirectCaller caller, int status) {

        @Override
        public String toString() {
            return "%s %s %s as %s -> %d".formatted(module, method, path, caller, status);
        }
    }

    static Stream<Call> calls() {
        Stream<Call> matrix = Stream.of(
                new Call(REGISTRY, "GET", PARTIES, null, OFFICER, 200),
                new Call(REGISTRY, "GET", PARTIES, null, AUDITOR, 200),
                new Call(REGISTRY, "GET", PARTIES, null, EDITOR, 200),
                new Call(REGISTRY, "GET", PARTIES, null, BANK_DEMO, 403),
                new Call(REGISTRY, "POST", "/api/v1/programs", PROGRAM, OFFICER, 403),
                new Call(LOOKUP, "POST", SCREENINGS, SCREENING, BANK_DEMO, 200),
                new Call(LOOKUP, "POST", SCREENINGS, SCREENING, OFFICER, 200),
                new Call(LOOKUP, "POST", SCREENINGS, SCREENING, AUDITOR, 403),
                // the control for the wrong audience: the same kind of client, with the audience, is accepted
                new Call(REGISTRY, "GET", PARTIES, null, TEST_CLIENT, 200),
                new Call(LOOKUP, "POST", SCREENINGS, SCREENING, TEST_CLIENT, 200));
        Stream<Call> refused = REFUSED_TOKENS.stream().flatMap(caller -> Stream.of(
                new Call(REGISTRY, "GET", PARTIES, null, caller, 401),
                new Call(LOOKUP, "POST", SCREENINGS, SCREENING, caller, 401)));
        return Stream.concat(matrix, refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void answersAsTheAuthorizationMatrixSays(Call call, RunningSystem system) {
        String url = system.service(call.module()).baseUrl() + call.path();

        JsonHttp.Answer answer = JsonHttp.send(call.method(), url, call.caller().token(system), call.body(), Map.of());

        assertThat(answer.status()).as("%s answered %s", call, answer.raw().body()).isEqualTo(call.status());
        if (call.status() >= 400) {
            String slug = call.status() == 401 ? "unauthorized" : "forbidden";
            assertThat(answer.header("Content-Type")).as("content type").startsWith("application/problem+json");
            assertThat(answer.body().path("type").asText()).isEqualTo("urn:sanctions:problem:" + slug);
            assertThat(answer.body().path("status").asInt()).isEqualTo(call.status());
            assertThat(answer.raw().body()).as("no internals").doesNotContain("Exception", "at org.", "at io.");
        }
        if (call.body() == PROGRAM) {
            String program = system.service(REGISTRY).baseUrl() + "/api/v1/programs/" + PROGRAM_CODE;
            assertThat(JsonHttp.send("GET", program, EDITOR.token(system), null, Map.of()).status())
                    .as("the refused write created nothing").isEqualTo(404);
        }
    }
}
