package org.sanctions.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.testkit.KeycloakResource;
import org.sanctions.testkit.TestKeycloak;

/**
 * The merged document: the gateway's own operations plus exactly the services' operations it forwards, with the
 * roles it admits, one OAuth2 scheme at the realm, clashing schemas kept apart; and Swagger UI set up to show it.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class MergedOpenApiTest {

    @Test
    void mergesTheForwardedOperationsOfBothServicesWithTheGatewaysOwn() {
        given().when().get("/api/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/me"))
                .body("paths", hasKey("/api/v1/parties"))
                .body("paths", hasKey("/api/v1/parties/export"))
                .body("paths", hasKey("/api/v1/screenings"))
                .body("paths", hasKey("/api/v1/search"))
                .body("paths", not(hasKey("/api/v1/internal/reindex")))
                .body("paths", not(hasKey("/api/v1/index/status")))
                .body("paths", not(hasKey("/api/openapi")))
                .body("paths.'/api/v1/parties/{id}'", hasKey("get"))
                .body("paths.'/api/v1/parties/{id}'", not(hasKey("delete")))
                .body("info.description", not(containsString("INCOMPLETE")))
                .body("tags.name", hasItems("Identity", "Parties", "Screening"));
    }

    @Test
    void listsTheRolesTheGatewayAdmitsOnEachForwardedOperation() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getList("paths.'/api/v1/parties/export'.get.x-roles"))
                .containsExactly("auditor", "feed-reader");
        assertThat(doc.getList("paths.'/api/v1/parties'.post.x-roles")).containsExactly("registry-editor");
        assertThat(doc.getList("paths.'/api/v1/screenings'.post.x-roles"))
                .containsExactly("compliance-officer", "registry-editor", "screening-client");
    }

    @Test
    void documentsTheGatewaysOwnAnswersOnEachForwardedOperation() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        Map<String, Object> post = doc.getMap("paths.'/api/v1/parties'.post.responses");
        assertThat(post).containsKeys("201", "401", "403", "413", "429", "502", "504");
        assertThat(doc.getString("paths.'/api/v1/parties'.post.responses.'429'.'$ref'"))
                .isEqualTo("#/components/responses/GatewayRateLimited");
        Map<String, Object> get = doc.getMap("paths.'/api/v1/parties'.get.responses");
        assertThat(get).containsKeys("200", "400", "401", "403", "429", "502", "504").doesNotContainKey("413");
        assertThat(doc.getString("paths.'/api/v1/parties'.get.responses.'400'.description")).isEqualTo("Bad filter");
        assertThat(doc.getMap("components.responses.GatewayRateLimited.headers")).containsKey("Retry-After");
        assertThat(doc.getString("components.responses.GatewayUpstreamTimeout.content.'application/problem+json'"
                + ".example.type")).isEqualTo("urn:sanctions:problem:upstream-timeout");
    }

    @Test
    void declaresOneOAuthSchemeAtTheRealmAndUsesItEverywhere() {
        String realm = TestKeycloak.server().realmUrl();
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        Map<String, Object> schemes = doc.getMap("components.securitySchemes");
        assertThat(schemes).containsOnlyKeys("oidc");
        assertThat(doc.getString("components.securitySchemes.oidc.flows.authorizationCode.authorizationUrl"))
                .isEqualTo(realm + "/protocol/openid-connect/auth");
        assertThat(doc.getString("components.securitySchemes.oidc.flows.clientCredentials.tokenUrl"))
                .isEqualTo(realm + "/protocol/openid-connect/token");
        for (String operation : List.of("'/api/v1/me'.get", "'/api/v1/parties'.get", "'/api/v1/screenings'.post")) {
            assertThat(doc.getList("paths." + operation + ".security")).as(operation)
                    .containsExactly(Map.of("oidc", List.of()));
        }
    }

    @Test
    void keepsClashingSchemasApartAndRewritesTheirReferences() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "RegistryProblem", "LookupProblem",
                "Party", "ScreeningRequest");
        assertThat(doc.getString("paths.'/api/v1/parties'.get.responses.'400'.content."
                + "'application/problem+json'.schema.'$ref'")).isEqualTo("#/components/schemas/RegistryProblem");
        assertThat(doc.getString("paths.'/api/v1/screenings'.post.requestBody.content.'application/json'.schema"
                + ".'$ref'")).isEqualTo("#/components/schemas/ScreeningRequest");
    }

    @Test
    void keepsASchemaThatBothServicesDefineAlikeOnce() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getMap("components.schemas")).containsKey("Violation")
                .doesNotContainKeys("RegistryViolation", "LookupViolation");
    }

    @Test
    void inlinesTheSchemasNamedAfterJavaTypes() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getMap("components.schemas")).doesNotContainKeys("UUID", "Instant", "LocalDate", "JsonNode",
                "JsonNodeType");
        assertThat(doc.getMap("components.schemas.Party.properties.id"))
                .isEqualTo(Map.of("type", "string", "format", "uuid"));
        assertThat(doc.getMap("components.schemas.Party.properties.deletedAt"))
                .isEqualTo(Map.of("type", List.of("string", "null"), "format", "date-time"));
        assertThat(doc.getMap("components.schemas.Party.properties.mergedInto"))
                .isEqualTo(Map.of("anyOf", List.of(Map.of("$ref", "#/components/schemas/Party"), Map.of("type", "null"))));
    }

    @Test
    void namesTheGatewaysPublicBaseInServers() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getList("servers.url")).containsExactly("https://sanctions.example.test");
    }

    @Test
    void givesTheGatewaysOwnOperationsAnOperationIdAndATag() {
        JsonPath doc = given().when().get("/api/openapi").then().extract().jsonPath();
        assertThat(doc.getString("paths.'/api/v1/me'.get.operationId")).isEqualTo("getMe");
        assertThat(doc.getList("paths.'/api/v1/me'.get.tags")).containsExactly("Identity");
    }

    @Test
    void setsUpSwaggerUiToShowItAndLogInWithPkce() {
        given().when().get("/q/swagger-ui/").then()
                .statusCode(200)
                .body(containsString("/api/openapi"))
                .body(containsString("sanctions-ui"))
                .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
    }

    @Test
    void answersWithoutAToken() {
        given().when().get("/api/openapi").then().statusCode(200).body("openapi", equalTo("3.1.0"));
    }
}
