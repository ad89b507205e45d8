package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** An upload whose multipart body ends early is a malformed request (400 problem), not a server failure. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class BrokenUploadTest {

    @Test
    void answersTruncatedMultipartWithMalformedRequestProblem() {
        String body = "--b0undary\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\ntest\r\n"
                + "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sdn.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n1,\"ABC";
        given().contentType("multipart/form-data; boundary=b0undary").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:malformed-request"));
    }
}
