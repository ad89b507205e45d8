package org.sanctions.registry.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.person;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/** The audit chain verifies after parties are created with ownership links carrying shares and share ranges. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = {Roles.EDITOR, Roles.AUDITOR})
class ChainWithLinksTest {

    @Test
    void theChainVerifiesAfterLinksWithShares() {
        String owner = createParty(person("CHAINLINK, Owner"));
        Map<String, Object> company = new HashMap<>(Map.of("kind", "ORGANIZATION",
                "names", List.of(Map.of("fullName", "CHAINLINK HOLDING", "type", "PRIMARY"))));
        company.put("relationships", List.of(Map.of("type", "OWNS", "direction", "INCOMING", "partyId", owner,
                "share", 60), Map.of("type", "OWNS", "direction", "INCOMING", "target", Map.of("name", "CHAIN TRUST"),
                "shareMin", 10, "shareMax", 25.5)));
        createParty(company);
        given().get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }
}
