package org.sanctions.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.UUID;
import java.util.function.UnaryOperator;
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
 * The links a service answers with (Location, Content-Location, Link) name the gateway as the caller reached it,
 * never the service's internal address: for every route whose service sets a Location.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class LocationRewriteTest {

    @TestHTTPResource("/")
    URI gateway;

    static Stream<Arguments> routesThatSetLocation() {
        String party = UUID.randomUUID().toString();
        UnaryOperator<RequestSpecification> json = r -> r.contentType("application/json").body("{}");
        return Stream.of(
                Arguments.of("/api/v1/parties", "/api/v1/parties/" + party, DemoCaller.EDITOR, json),
                Arguments.of("/api/v1/parties/" + party + "/measures", "/api/v1/parties/" + party + "/measures/7",
                        DemoCaller.EDITOR, json),
                Arguments.of("/api/v1/programs", "/api/v1/programs/UKRAINE-EO13660", DemoCaller.EDITOR, json),
                Arguments.of("/api/v1/imports", "/api/v1/imports/" + UUID.randomUUID(), DemoCaller.EDITOR,
                        (UnaryOperator<RequestSpecification>) r -> r.multiPart("file", "sdn.csv", new byte[16])
                                .multiPart("reason", "monthly list")),
                Arguments.of("/api/v1/screening-jobs", "/api/v1/screening-jobs/" + UUID.randomUUID(),
                        DemoCaller.OFFICER,
                        (UnaryOperator<RequestSpecification>) r -> r.contentType("text/csv").body("name\nLee\n")));
    }

    @ParameterizedTest(name = "POST {0}")
    @MethodSource("routesThatSetLocation")
    void rewritesTheServicesLinksToTheGatewaysAddress(String path, String location, DemoCaller caller,
            UnaryOperator<RequestSpecification> body) {
        Response response = body.apply(given().auth().oauth2(caller.token()))
                .when().post(path + "?fakeLocation=" + location);

        assertThat(response.statusCode()).isEqualTo(201);
        String expected = gateway.resolve(location).toString();
        assertThat(response.header("Location")).isEqualTo(expected);
        assertThat(response.header("Content-Location")).isEqualTo(expected);
        assertThat(response.header("Link")).isEqualTo("<" + expected + ">; rel=\"self\"");
        assertNoInternalAddress(response);
    }

    @Test
    void usesTheAuthorityTheCallerAddressed() {
        String location = "/api/v1/parties/" + UUID.randomUUID();
        Response response = given().auth().oauth2(DemoCaller.EDITOR.token()).header("Host", "api.bank.example")
                .contentType("application/json").body("{}").when().post("/api/v1/parties?fakeLocation=" + location);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("http://api.bank.example" + location);
        assertNoInternalAddress(response);
    }

    private static void assertNoInternalAddress(Response response) {
        for (String service : new String[] {"registry", "lookup"}) {
            String port = ":" + URI.create(Fakes.url(service)).getPort();
            for (Header header : response.headers()) {
                assertThat(header.getValue()).as(header.getName()).doesNotContain(port);
            }
        }
    }
}
