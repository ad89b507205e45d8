package org.sanctions.lookup.monitoring;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.sanctions.testkit.Tokens;

/** Real tokens of the two demo banks' systems and users, cached per test JVM, and the calls the tests make. */
final class Banks {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Banks() {
    }

    static String bankDemo() {
        return token("bank-demo", Tokens::bankDemo);
    }

    static String bankTwo() {
        return token("bank-two", () -> Tokens.client("bank-two", "bank-two-secret"));
    }

    static String user(String name) {
        return token("user:" + name, () -> Tokens.user(name));
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static ValidatableResponse putCustomer(String token, String customerId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/customers/" + customerId).then();
    }

    static ValidatableResponse alertsOf(String token, String customerId) {
        return given().auth().oauth2(token).queryParam("customerId", customerId).get("/api/v1/alerts").then();
    }

    static ValidatableResponse decide(String token, String alertId, String decision, String reason) {
        String body = reason == null ? "{\"decision\":\"" + decision + "\"}"
                : "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}";
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/alerts/" + alertId + "/decisions").then();
    }

    private static String token(String key, Supplier<String> fetch) {
        // tokens live 10 minutes; a test class finishes well within that
        return TOKENS.computeIfAbsent(key, k -> fetch.get());
    }
}
