package org.sanctions.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;

/**
 * The authorization matrix: every route for one role. Each role is one test class, because @TestSecurity is read
 * from the class of the running test method. A route the role may use must not answer 401/403; any other answers
 * 403 (401 without a token) as a problem.
 */
final class AccessMatrix {

    private AccessMatrix() {
    }

    /** Calls the route as the caller with {@code role} (null: no token) and checks the matrix's verdict. */
    static void check(Route route, String role) {
        Response response = given().contentType("application/json").header("X-Change-Reason", "matrix")
                .header("If-Match", "\"1\"").body(route.method.equals("GET") ? "" : "{}")
                .request(route.method, route.path);
        if (role != null && route.allowed.contains(role)) {
            assertThat(response.statusCode()).as(route + " for " + role).isNotIn(401, 403);
        } else {
            int expected = role == null ? 401 : 403;
            response.then().statusCode(expected).contentType("application/problem+json")
                    .body("type", equalTo(expected == 401 ? "urn:sanctions:problem:unauthorized" : "urn:sanctions:problem:forbidden"));
        }
    }
}
