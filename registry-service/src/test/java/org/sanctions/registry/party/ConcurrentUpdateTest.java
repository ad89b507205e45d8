package org.sanctions.registry.party;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.TestData.createParty;
import static org.sanctions.registry.TestData.createProgram;
import static org.sanctions.registry.TestData.measure;
import static org.sanctions.registry.TestData.person;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctions.testkit.PostgresResource;

/** Parallel writers of one party: with the same ETag exactly one wins; without If-Match all queue and succeed. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = "registry-editor")
class ConcurrentUpdateTest {

    private static final int WRITERS = 8;

    @Test
    void exactlyOneOfParallelUpdatesWithTheSameETagWins() throws Exception {
        String id = createParty(person("RACE, Condition"));
        List<Integer> statuses = inParallel(i -> () -> given().contentType("application/merge-patch+json")
                .header("X-Change-Reason", "writer " + i).header("If-Match", "\"1\"")
                .body("{\"remarks\":\"writer " + i + "\"}").patch("/api/v1/parties/" + id).statusCode());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 412).hasSize(WRITERS - 1);
        assertThat(given().get("/api/v1/parties/" + id).header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void parallelMeasureAdditionsQueueAndAllLand() throws Exception {
        String program = createProgram();
        String id = createParty(person("QUEUE, Writers"));
        List<Integer> statuses = inParallel(i -> () -> given().contentType("application/json")
                .header("X-Change-Reason", "writer " + i).body(measure(program, "ASSET_FREEZE", "2020-08-07"))
                .post("/api/v1/parties/" + id + "/measures").statusCode());
        assertThat(statuses).containsOnly(201);
        assertThat(given().get("/api/v1/parties/" + id).<List<?>>path("measures")).hasSize(WRITERS);
        assertThat(given().get("/api/v1/parties/" + id).header("ETag")).isEqualTo("\"" + (WRITERS + 1) + "\"");
    }

    interface Writer {
        Callable<Integer> nth(int i);
    }

    private static List<Integer> inParallel(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Callable<Integer> call = writer.nth(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
