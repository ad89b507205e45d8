package org.sanctions.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.ClosingUpstream;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.testkit.KeycloakResource;

/**
 * Services that close their keep-alive connections at the worst moment cost the caller nothing: the lookup fake
 * closes each connection right as the gateway reuses it (the request is on its way), the registry fake closes each
 * one after a short idle time (the close races the gateway's next request). The gateway sends such a request again
 * on a fresh connection, and no answer is a 5xx.
 */
@QuarkusTest
@TestProfile(StaleConnectionTest.ClosingServices.class)
class StaleConnectionTest {

    private static final int SHORT_IDLE_MILLIS = 10;
    private static final int LONG_IDLE_MILLIS = 60_000;
    private static final int REQUESTS = 300;

    /** Both services are {@link ClosingUpstream}s. */
    public static class ClosingServices implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakResource.class),
                    new TestResourceEntry(Upstreams.class));
        }
    }

    /** Starts the two closing services. */
    public static class Upstreams implements QuarkusTestResourceLifecycleManager {
        static ClosingUpstream registry;
        static ClosingUpstream lookup;

        @Override
        public Map<String, String> start() {
            registry = ClosingUpstream.start(SHORT_IDLE_MILLIS);
            lookup = ClosingUpstream.start(LONG_IDLE_MILLIS);
            return Map.of("gateway.upstream.registry-url", registry.url(), "gateway.upstream.lookup-url", lookup.url());
        }

        @Override
        public void stop() {
            registry.close();
            lookup.close();
        }
    }

    @Test
    void answersEveryRequestWhenTheServicesCloseConnectionsAsTheyAreReused() throws Exception {
        String officer = DemoCaller.OFFICER.token();
        String bank = DemoCaller.BANK_DEMO.token();
        String screening = "{\"name\":\"Lee Kwang Su\"}";
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            // idle gaps around the registry's idle close, so that its closes meet reuses before and as they happen
            Thread.sleep(i % 5 * SHORT_IDLE_MILLIS / 2);
            Response response = i % 2 == 0
                    ? given().auth().oauth2(officer).when().get("/api/v1/parties/" + UUID.randomUUID())
                    : given().auth().oauth2(bank).contentType("application/json").body(screening)
                            .when().post("/api/v1/screenings");
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 200 && i % 2 == 1) {
                assertThat(response.jsonPath().getInt("bodyBytes")).as("the whole body reached the service")
                        .isEqualTo(screening.length());
            }
        }

        assertThat(statuses).as("statuses of %d requests", REQUESTS).containsExactly(Map.entry(200, REQUESTS));
        assertThat(Upstreams.lookup.closedOnReuse()).as("connections the lookup closed as the gateway reused them")
                .isGreaterThan(REQUESTS / 8);
        assertThat(Upstreams.registry.closedWhenIdle()).as("connections the registry closed when idle")
                .isGreaterThan(REQUESTS / 8);
    }
}
