package org.sanctions.lookup.ownership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctions.lookup.Eventually;
import org.sanctions.testkit.PostgresResource;

/** A screening that carries the customer's ownership structure answers whether the customer is blocked through it. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnershipRegistryResource.class, scope = TestResourceScope.GLOBAL)
class OwnershipScreeningTest {

    private static final String KARAVAYEV = "{\"name\":\"Arkady Petrovich Karavayev\",\"kind\":\"PERSON\",\"share\":";
    private static final String SOLNTSEVA = "{\"name\":\"Irina Olegovna Solntseva\",\"kind\":\"PERSON\",\"share\":";

    @BeforeEach
    void indexIsLoaded() {
        Eventually.within(Duration.ofSeconds(20), () -> given().get("/q/health/ready").then().statusCode(200));
    }

    private static ValidatableResponse screen(String owners) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\":\"Baltic Timber Trading OOO\",\"kind\":\"ORGANIZATION\",\"ownership\":{\"owners\":"
                        + owners + "}}")
                .post("/api/v1/screenings").then();
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void thirtyAndTwentyFivePercentOwnersBlockUnderUsAndEuButNotUk() {
        screen("[" + KARAVAYEV + "30}," + SOLNTSEVA + "25},{\"name\":\"Jane Smith\",\"share\":45}]")
                .statusCode(200)
                .body("matches", hasSize(0))
                .body("ownership.US.blocked", equalTo(true))
                .body("ownership.US.aggregateShare", equalTo(55))
                .body("ownership.US.paths", hasSize(2))
                .body("ownership.US.paths[0][0].owned", equalTo("customer"))
                .body("ownership.US.paths.flatten().listedPartyId", hasItem(OwnershipRegistryResource.KARAVAYEV))
                .body("ownership.US.paths.flatten().listedPartyId", hasItem(OwnershipRegistryResource.SOLNTSEVA))
                .body("ownership.US.paths.flatten().programs.flatten()", hasItem("RUSSIA-EO14024"))
                .body("ownership.EU.blocked", equalTo(true))
                .body("ownership.UK.blocked", equalTo(false))
                .body("ownership.UK.aggregateShare", equalTo(30))
                .body("ownership.owners.ref", equalTo(java.util.List.of("ownership.owners[0]", "ownership.owners[1]",
                        "ownership.owners[2]")))
                .body("ownership.owners[0].match.partyId", equalTo(OwnershipRegistryResource.KARAVAYEV))
                .body("ownership.owners[2].match", nullValue());
    }

    @Test
    @TestSecurity(user = "bank-auditor", roles = {"screening-client", "auditor"})
    void theEvidenceKeepsTheOwnershipAnswer() {
        String id = screen("[" + KARAVAYEV + "30}," + SOLNTSEVA + "25}]").statusCode(200)
                .body("ownership.US.blocked", equalTo(true)).extract().path("screeningId");
        given().get("/api/v1/screenings/" + id).then().statusCode(200)
                .body("query.ownership.owners", hasSize(2))
                .body("ownership.US.blocked", equalTo(true))
                .body("ownership.US.aggregateShare", equalTo(55))
                .body("ownership.US.paths.flatten().listedPartyId", hasItem(OwnershipRegistryResource.KARAVAYEV))
                .body("ownership.UK.blocked", equalTo(false))
                .body("ownership.owners[1].match.partyId", equalTo(OwnershipRegistryResource.SOLNTSEVA));
        // a screening without owners keeps none
        String plain = given().contentType(ContentType.JSON).body("{\"name\":\"Baltic Timber Trading OOO\"}")
                .post("/api/v1/screenings").then().statusCode(200).extract().path("screeningId");
        given().get("/api/v1/screenings/" + plain).then().statusCode(200).body("ownership", nullValue());
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void thirtyAndFifteenPercentBlockNowhere() {
        screen("[" + KARAVAYEV + "30}," + SOLNTSEVA + "15}]").statusCode(200)
                .body("ownership.US.blocked", equalTo(false))
                .body("ownership.US.aggregateShare", equalTo(45))
                .body("ownership.US.paths", hasSize(0))
                .body("ownership.EU.blocked", equalTo(false))
                .body("ownership.UK.blocked", equalTo(false));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void listedControllerWithoutSharesBlocksUnderEuAndUkOnly() {
        // the controller is listed by the EU and the UK only; OFAC FAQ 398: control alone would not count anyway
        screen("[{\"name\":\"Viktor Emilevich Brandt\",\"kind\":\"PERSON\",\"controls\":true},"
                + "{\"name\":\"Jane Smith\",\"share\":100}]").statusCode(200)
                .body("ownership.US.blocked", equalTo(false))
                .body("ownership.EU.blocked", equalTo(true))
                .body("ownership.EU.controlled", equalTo(true))
                .body("ownership.EU.paths[0][0].controls", equalTo(true))
                .body("ownership.EU.paths[0][0].listedPartyId", equalTo(OwnershipRegistryResource.BRANDT))
                .body("ownership.UK.blocked", equalTo(true));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void blocksThroughAnIntermediateCompany() {
        screen("[{\"name\":\"Northwind Holdings Ltd\",\"kind\":\"ORGANIZATION\",\"share\":60,\"owners\":["
                + KARAVAYEV + "50}]}]").statusCode(200)
                .body("ownership.US.blocked", equalTo(true))
                .body("ownership.US.paths[0].owner", equalTo(java.util.List.of("ownership.owners[0].owners[0]",
                        "ownership.owners[0]")))
                .body("ownership.US.paths[0][1].listedPartyId", nullValue())
                .body("ownership.EU.blocked", equalTo(false));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void missingShareOfAListedOwnerCannotBeTold() {
        screen("[{\"name\":\"Arkady Petrovich Karavayev\",\"kind\":\"PERSON\"}]").statusCode(200)
                .body("ownership.US.blocked", nullValue())
                .body("ownership.US.notes[0]", org.hamcrest.Matchers.containsString("cannot tell"));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rangeIsDecidedOnItsLowerBound() {
        screen("[" + KARAVAYEV + "{\"min\":40,\"max\":60}}]").statusCode(200)
                .body("ownership.US.blocked", equalTo(false))
                .body("ownership.US.upperBoundWouldBlock", equalTo(true));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void acceptsTheShortFormOwnersAtTopLevel() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Baltic Timber Trading OOO\",\"owners\":["
                + KARAVAYEV + "30}," + SOLNTSEVA + "25}]}").post("/api/v1/screenings").then().statusCode(200)
                .body("ownership.US.blocked", equalTo(true))
                .body("ownership.owners[0].ref", equalTo("owners[0]"));
    }

    @Test
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void answerWithoutOwnersHasNoOwnershipField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Baltic Timber Trading OOO\"}")
                .post("/api/v1/screenings").then().statusCode(200).body("$", not(hasKey("ownership")));
    }

    @Test
    void openApiDescribesTheOwnershipTypes() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas", hasKey("OwnershipStructure"))
                .body("components.schemas", hasKey("OwnershipResult"))
                .body("components.schemas.OwnershipResult.properties", hasKey("US"))
                .body("components.schemas.OwnershipDetermination.properties", hasKey("paths"))
                .body("components.schemas.ScreeningRequest.properties", hasKey("ownership"))
                .body("components.schemas.ScreeningResponse.properties", hasKey("ownership"))
                .body("components.schemas.OwnershipShare.oneOf", hasSize(2))
                .body("components.schemas.OwnershipShare", not(hasKey("type")))
                .body("components.schemas.Owner.properties", hasKey("share"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share above 100        | [{"name":"A","share":150}]                              | ownership.owners[0].share
            negative share         | [{"name":"A","share":-1}]                               | ownership.owners[0].share
            range upside down      | [{"name":"A","share":{"min":60,"max":40}}]              | ownership.owners[0].share
            direct shares over 100 | [{"name":"A","share":60},{"name":"B","share":50}]       | ownership.owners
            nested over 100        | [{"name":"A","share":10,"owners":[{"name":"B","share":70},{"name":"C","share":40}]}] | ownership.owners[0].owners
            share of wrong type    | [{"name":"A","share":"half"}]                           | ownership.owners[0].share
            empty owner name       | [{"name":"","share":10}]                                | ownership.owners[0].name
            too deep               | [{"name":"1","owners":[{"name":"2","owners":[{"name":"3","owners":[{"name":"4","owners":[{"name":"5","owners":[{"name":"6","owners":[{"name":"7"}]}]}]}]}]}]}] | ownership.owners[0].owners[0].owners[0].owners[0].owners[0].owners[0].owners
            """)
    @TestSecurity(user = "bank-demo", roles = "screening-client")
    void rejectsInvalidStructureWithProblem(String why, String owners, String field) {
        screen(owners).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:validation-error"))
                .body("violations.field", hasItem(field));
    }
}
