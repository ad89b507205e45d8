package org.sanctions.registry.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.PostgresResource;

/** The problem format everywhere, and an OpenAPI document that describes every operation fully. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class ApiContractTest {

    @Test
    void answersUnknownPathsWithNotFoundProblem() {
        for (String path : List.of("/nothing/here", "/api/v1/nothing", "/api/v2/parties")) {
            given().get(path).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:sanctions:problem:not-found")).body("instance", equalTo(path));
        }
    }

    @Test
    void answersWrongMethodAndMediaTypeWithProblems() {
        given().delete("/api/v1/parties/00000000-0000-4000-8000-000000000000").then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE);
        given().contentType("text/plain").header("X-Change-Reason", "x").body("kind=PERSON").post("/api/v1/parties")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:sanctions:problem:unsupported-media-type"));
    }

    @Test
    void echoesTheRequestIdAndNeverLeaksInternals() {
        given().header("X-Request-Id", "trace-42").get("/api/v1/parties/00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).header("X-Request-Id", "trace-42").body("requestId", equalTo("trace-42"))
                .body(not(containsString("Exception"))).body(not(containsString("at org.")));
        given().header("X-Request-Id", "bad id with spaces\u00e9").get("/api/v1/programs/NONE").then().statusCode(404)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void namesSharedHeaderParametersAfterTheHeadersTheServiceReads() throws Exception {
        // they were named ChangeReason and IfMatch: a client generated from the document sent headers nobody reads
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        assertThat(doc.at("/components/parameters/X-Change-Reason/name").asText()).isEqualTo("X-Change-Reason");
        assertThat(doc.at("/components/parameters/If-Match/name").asText()).isEqualTo("If-Match");
        assertThat(doc.at("/paths/~1api~1v1~1parties/post/parameters/0/$ref").asText())
                .isEqualTo("#/components/parameters/X-Change-Reason");
    }

    @Test
    void documentsEveryOperationWithSummaryStatusesAndExamples() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode o = op.getValue();
                if (o.path("summary").asText().isBlank()) {
                    gaps.add(name + ": no summary");
                }
                JsonNode responses = o.path("responses");
                for (String status : List.of("401", "403")) {
                    if (!responses.has(status)) {
                        gaps.add(name + ": no " + status);
                    }
                }
                boolean hasSuccessExample = false;
                for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> r = rs.next();
                    if (r.getKey().startsWith("2")) {
                        hasSuccessExample |= r.getValue().findValue("examples") != null;
                    }
                }
                if (!hasSuccessExample) {
                    gaps.add(name + ": no example of a successful response");
                }
                if (!op.getKey().equals("get") && !responses.has("400")) {
                    gaps.add(name + ": no 400");
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(12);
        assertThat(gaps).isEmpty();
        assertThat(doc.at("/components/responses/NotFound/content/application~1problem+json/examples")).isNotEmpty();
        for (JsonNode ref : doc.findValues("$ref")) {
            assertThat(doc.at(ref.asText().substring(1)).isMissingNode()).as("target of " + ref + " is missing").isFalse();
        }
    }
}
