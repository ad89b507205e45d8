package org.sanctions.gateway.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

/** The gateway's refusal of a bearer token, as a caller sees it: a 401 problem, and nothing sent upstream. */
public final class Refusals {

    private Refusals() {
    }

    /** GETs the lookup route with the token and asserts the 401 problem and that lookup never saw the call. */
    public static void assertTokenRefusedBeforeForwarding(String lookupPath, String token) {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(token).header("X-Request-Id", requestId).when().get(lookupPath).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"sanctions\""))
                .body("type", equalTo("urn:sanctions:problem:unauthorized"))
                .body("requestId", equalTo(requestId));
        assertThat(Fakes.seen("lookup", requestId)).isZero();
    }
}
