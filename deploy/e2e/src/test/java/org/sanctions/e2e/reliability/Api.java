package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.Tokens;

/**
 * The public API through the gateway as the fault tests use it: real tokens per demo account (kept and renewed
 * before Keycloak's 10 minutes run out), parties with unique synthetic names, screenings, the audit chain.
 */
final class Api {

    static final Duration TIMEOUT = Duration.ofSeconds(40);
    /** The synthetic program the tests list their parties under. */
    static final String PROGRAM = "E2E-RELIABILITY";
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);
    private static final String LETTERS = "bcdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";

    private record Token(String value, Instant fetched) {
    }

    private final String gateway;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Api(RunningSystem system) {
        this.gateway = system.gatewayUrl();
    }

    String gatewayUrl() {
        return gateway;
    }

    /**
     * A token of editor, officer or auditor (password grant), bank (bank-demo's system by client credentials,
     * screening-client), bank-two (the second demo bank's system) or feed (the lookup service's account, feed-reader).
     */
    String token(String who) {
        Token t = tokens.get(who);
        if (t == null || t.fetched().plus(TOKEN_REUSE).isBefore(Instant.now())) {
            Supplier<String> fetch = switch (who) {
                case "bank" -> Tokens::bankDemo;
                case "bank-two" -> () -> Tokens.client("bank-two", "bank-two-secret");
                case "feed" -> Tokens::lookupService;
                default -> () -> Tokens.user(who);
            };
            t = new Token(fetch.get(), Instant.now());
            tokens.put(who, t);
        }
        return t.value();
    }

    Reply get(String who, String path) {
        return Http.send(Http.request("GET", gateway + path, token(who), null, Map.of("Accept", "application/json"),
                TIMEOUT));
    }

    Reply post(String who, String path, Object body) {
        return send("POST", who, path, body, Map.of());
    }

    Reply send(String method, String who, String path, Object body, Map<String, String> extraHeaders) {
        Map<String, String> headers = new HashMap<>(Map.of("Accept", "application/json",
                "Content-Type", "application/json"));
        headers.putAll(extraHeaders);
        return Http.send(Http.request(method, gateway + path, token(who), Http.json(body), headers, TIMEOUT));
    }

    /** Creates a synthetic organisation as the editor with the given token; the reply is 201 with the party. */
    Reply createParty(String editorToken, String name) {
        Map<String, Object> party = Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", name, "type", "PRIMARY")),
                "remarks", "Synthetic party of the reliability tests (deploy/e2e); not a real listing.");
        return Http.send(Http.request("POST", gateway + "/api/v1/parties", editorToken, Http.json(party),
                Map.of("Accept", "application/json", "Content-Type", "application/json",
                        "X-Change-Reason", "reliability%20test"), TIMEOUT));
    }

    /** Creates a party and returns its id, failing the test on anything but 201. */
    String createParty(String name) {
        Reply reply = createParty(token("editor"), name);
        if (reply.status() != 201) {
            throw new AssertionError("could not create party '" + name + "': " + reply.describe());
        }
        return reply.json().path("id").asText();
    }

    /**
     * Creates a party with an active measure (the index screens only parties with one) under the tests' synthetic
     * program, and returns its id.
     */
    String listedParty(String name) {
        ensureProgram();
        String id = createParty(name);
        Reply measure = send("POST", "editor", "/api/v1/parties/" + id + "/measures", Map.of("program", PROGRAM,
                "type", "ASSET_FREEZE", "listedDate", "2025-03-31"), Map.of("X-Change-Reason", "reliability%20test"));
        if (measure.status() != 201) {
            throw new AssertionError("could not add a measure to " + id + ": " + measure.describe());
        }
        return id;
    }

    private void ensureProgram() {
        if (get("editor", "/api/v1/programs/" + PROGRAM).status() == 200) {
            return;
        }
        Reply created = send("POST", "editor", "/api/v1/programs", Map.of("code", PROGRAM,
                "name", "Synthetic program of the reliability tests", "authority", "E2E-TEST"),
                Map.of("X-Change-Reason", "reliability%20test"));
        if (created.status() != 201 && created.status() != 409) {
            throw new AssertionError("could not create program " + PROGRAM + ": " + created.describe());
        }
    }

    /** One screening of a name by the bank with threshold 0, so that the best candidates come back. */
    Reply screen(String token, String name) {
        return Http.send(Http.request("POST", gateway + "/api/v1/screenings", token,
                Http.json(Map.of("name", name, "threshold", 0, "limit", 20)),
                Map.of("Accept", "application/json", "Content-Type", "application/json"), TIMEOUT));
    }

    /** How many times a party is among the matches of a screening reply. */
    static long occurrences(Reply screening, String partyId) {
        JsonNode matches = screening.json() == null ? null : screening.json().path("matches");
        long n = 0;
        if (matches != null) {
            for (JsonNode m : matches) {
                n += partyId.equals(m.path("partyId").asText()) ? 1 : 0;
            }
        }
        return n;
    }

    /** Waits until a screening of the name finds the party; returns that reply. */
    Reply awaitScreenable(String name, String partyId, Duration timeout) {
        Reply[] last = new Reply[1];
        Waits.until(timeout, () -> "party " + partyId + " screenable as '" + name + "'; last: "
                + (last[0] == null ? "none" : last[0].describe()), () -> {
                    last[0] = screen(token("bank"), name);
                    return last[0].status() == 200 && occurrences(last[0], partyId) > 0;
                });
        return last[0];
    }

    /** The chain verification report, or empty when this build has no such endpoint (404). */
    Optional<JsonNode> auditVerify() {
        Reply reply = get("auditor", "/api/v1/audit/verify");
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (reply.status() != 200) {
            throw new AssertionError("audit verification failed: " + reply.describe());
        }
        return Optional.of(reply.json());
    }

    /** The prefix and two made-up words no list holds, such as "Restart canary Vorelo Kasibu", new on every call. */
    static String uniqueName(String prefix) {
        return prefix + " " + uniqueName();
    }

    /** Two made-up words no list holds, such as "Vorelo Kasibu", different on every call. */
    static String uniqueName() {
        return word() + " " + word();
    }

    private static String word() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            w.append(LETTERS.charAt(r.nextInt(LETTERS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
