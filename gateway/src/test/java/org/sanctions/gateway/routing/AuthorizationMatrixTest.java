package org.sanctions.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.http.HttpMethod;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.Fakes;
import org.sanctions.testkit.KeycloakResource;

/**
 * Every forwarded route x method x caller, with real tokens from the real Keycloak: 2xx from the right service when
 * one of the caller's roles is admitted, 403 (service never reached) when not, 401 without a token. The expected
 * roles are written here from the roles column of README.md ("Endpoints"), independently of RouteTable, so that a wrong row there fails.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class AuthorizationMatrixTest {

    private static final String ID = "6f1c0d1e-2b7a-4d8e-9c3f-0a1b2c3d4e5f";
    private static final Set<String> REGISTRY_READERS = Set.of("compliance-officer", "auditor", "registry-editor");
    private static final Set<String> EDITORS = Set.of("registry-editor");
    private static final Set<String> REVIEWERS = Set.of("registry-editor", "compliance-officer");
    private static final Set<String> AUDIT_READERS = Set.of("auditor", "compliance-officer");
    private static final Set<String> FEED_READERS = Set.of("feed-reader", "auditor");
    private static final Set<String> SCREENERS = Set.of("screening-client", "compliance-officer", "registry-editor");
    private static final Set<String> EVIDENCE_READERS = Set.of("auditor");
    private static final Set<String> SEARCHERS = Set.of("compliance-officer", "registry-editor", "auditor");
    private static final Set<String> BANK_SYSTEMS = Set.of("screening-client");
    private static final Set<String> RESCREEN_READERS = Set.of("screening-client", "auditor");
    private static final Set<String> BOOK_READERS = Set.of("screening-client", "alert-analyst", "alert-reviewer");
    private static final Set<String> ALERT_READERS = Set.of("screening-client", "alert-analyst", "alert-reviewer",
            "auditor");
    private static final Set<String> DECIDERS = Set.of("alert-analyst", "alert-reviewer");

    record Row(String method, String path, String service, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/v1/parties", "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/parties/" + ID, "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/parties/" + ID + "/history", "registry", REGISTRY_READERS),
            new Row("POST", "/api/v1/parties", "registry", EDITORS),
            new Row("PUT", "/api/v1/parties/" + ID, "registry", EDITORS),
            new Row("PATCH", "/api/v1/parties/" + ID, "registry", EDITORS),
            new Row("POST", "/api/v1/parties/" + ID + "/measures", "registry", EDITORS),
            new Row("POST", "/api/v1/parties/" + ID + "/measures/" + ID + "/revocation", "registry", EDITORS),
            new Row("GET", "/api/v1/parties/export", "registry", FEED_READERS),
            new Row("GET", "/api/v1/programs", "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/programs/HK-EO13936", "registry", REGISTRY_READERS),
            new Row("POST", "/api/v1/programs", "registry", EDITORS),
            new Row("PUT", "/api/v1/programs/HK-EO13936", "registry", EDITORS),
            new Row("PATCH", "/api/v1/programs/HK-EO13936", "registry", EDITORS),
            new Row("GET", "/api/v1/audit/events", "registry", AUDIT_READERS),
            new Row("GET", "/api/v1/audit/events/export", "registry", AUDIT_READERS),
            new Row("GET", "/api/v1/audit/verify", "registry", AUDIT_READERS),
            new Row("GET", "/api/v1/changes", "registry", FEED_READERS),
            new Row("POST", "/api/v1/imports", "registry", EDITORS),
            new Row("GET", "/api/v1/imports/" + ID, "registry", EDITORS),
            new Row("GET", "/api/v1/imports/" + ID + "/delta", "registry", REVIEWERS),
            new Row("POST", "/api/v1/imports/" + ID + "/approval", "registry", REVIEWERS),
            new Row("POST", "/api/v1/imports/" + ID + "/rejection", "registry", REVIEWERS),
            new Row("GET", "/api/v1/sources", "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/sources/ofac-sdn", "registry", REGISTRY_READERS),
            new Row("PUT", "/api/v1/sources/ofac-sdn", "registry", EDITORS),
            new Row("POST", "/api/v1/sources/ofac-sdn/fetches", "registry", EDITORS),
            new Row("GET", "/api/v1/parties/" + ID + "/provenance", "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/parties/" + ID + "/relationships", "registry", REGISTRY_READERS),
            new Row("POST", "/api/v1/parties/" + ID + "/relationships", "registry", EDITORS),
            new Row("DELETE", "/api/v1/parties/" + ID + "/relationships/0a1b2c", "registry", EDITORS),
            new Row("GET", "/api/v1/change-requests", "registry", REGISTRY_READERS),
            new Row("GET", "/api/v1/change-requests/" + ID, "registry", REGISTRY_READERS),
            new Row("POST", "/api/v1/change-requests/" + ID + "/approval", "registry", EDITORS),
            new Row("POST", "/api/v1/change-requests/" + ID + "/rejection", "registry", EDITORS),
            new Row("POST", "/api/v1/change-requests/" + ID + "/withdrawal", "registry", EDITORS),
            new Row("POST", "/api/v1/screenings", "lookup", SCREENERS),
            new Row("POST", "/api/v1/screenings/batch", "lookup", SCREENERS),
            new Row("GET", "/api/v1/screenings", "lookup", EVIDENCE_READERS),
            new Row("GET", "/api/v1/screenings/" + ID, "lookup", EVIDENCE_READERS),
            new Row("POST", "/api/v1/screening-jobs", "lookup", SCREENERS),
            new Row("GET", "/api/v1/screening-jobs/" + ID, "lookup", SCREENERS),
            new Row("GET", "/api/v1/screening-jobs/" + ID + "/results", "lookup", SCREENERS),
            new Row("GET", "/api/v1/search", "lookup", SEARCHERS),
            new Row("PUT", "/api/v1/customers/c-1", "lookup", BANK_SYSTEMS),
            new Row("DELETE", "/api/v1/customers/c-1", "lookup", BANK_SYSTEMS),
            new Row("GET", "/api/v1/customers/c-1", "lookup", BOOK_READERS),
            new Row("GET", "/api/v1/customers", "lookup", BOOK_READERS),
            new Row("POST", "/api/v1/customer-uploads", "lookup", BANK_SYSTEMS),
            new Row("GET", "/api/v1/customer-uploads/" + ID, "lookup", BANK_SYSTEMS),
            new Row("POST", "/api/v1/customer-rescreens", "lookup", BANK_SYSTEMS),
            new Row("GET", "/api/v1/customer-rescreens/" + ID, "lookup", RESCREEN_READERS),
            new Row("GET", "/api/v1/alerts", "lookup", ALERT_READERS),
            new Row("GET", "/api/v1/alerts/" + ID, "lookup", ALERT_READERS),
            new Row("POST", "/api/v1/alerts/" + ID + "/decisions", "lookup", DECIDERS),
            new Row("POST", "/api/v1/webhook-endpoints", "lookup", BANK_SYSTEMS),
            new Row("GET", "/api/v1/webhook-endpoints", "lookup", BANK_SYSTEMS),
            new Row("DELETE", "/api/v1/webhook-endpoints/" + ID, "lookup", BANK_SYSTEMS),
            new Row("GET", "/api/v1/webhook-endpoints/" + ID + "/deliveries", "lookup", BANK_SYSTEMS),
            new Row("POST", "/api/v1/webhook-endpoints/" + ID + "/deliveries/" + ID + "/replay", "lookup",
                    BANK_SYSTEMS));

    static Stream<Arguments> matrix() {
        return ROWS.stream().flatMap(row -> Arrays.stream(DemoCaller.values()).map(caller -> Arguments.of(row, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void admitsExactlyTheRolesOfTheMatrix(Row row, DemoCaller caller) {
        String requestId = UUID.randomUUID().toString();
        RequestSpecification request = given().header("X-Request-Id", requestId);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (!row.method().equals("GET")) {
            request.contentType("application/json").body("{\"reason\":\"matrix test\"}");
        }
        var response = request.when().request(row.method(), row.path()).then();

        if (caller == DemoCaller.NO_TOKEN) {
            response.statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("urn:sanctions:problem:unauthorized"));
        } else if (caller.roles().stream().anyMatch(row.roles()::contains)) {
            response.statusCode(200)
                    .body("upstream", equalTo(row.service()))
                    .body("method", equalTo(row.method()))
                    .body("path", equalTo(row.path()))
                    .body("headers.authorization", equalTo("Bearer " + caller.token()));
        } else {
            response.statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:sanctions:problem:forbidden"));
        }
        if (response.extract().statusCode() != 200) {
            assertThat(Fakes.seen(row.service(), requestId)).as("a refused request never reaches the service")
                    .isZero();
        }
    }

    @Test
    void coversEveryMethodOfEveryRowOfTheRouteTable() {
        Set<String> covered = new HashSet<>();
        for (Row row : ROWS) {
            var resolution = RouteTable.resolve(HttpMethod.valueOf(row.method()), row.path());
            assertThat(resolution).as(row.toString()).isInstanceOf(RouteTable.Matched.class);
            covered.add(row.method() + " " + ((RouteTable.Matched) resolution).route().pattern());
        }
        for (Route route : RouteTable.ROUTES) {
            route.methods().forEach(method ->
                    assertThat(covered).as("the matrix has no row for this route").contains(
                            method.name() + " " + route.pattern()));
        }
    }
}
