package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanctions.registry.imports.Imports.data;
import static org.sanctions.registry.imports.Imports.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.registry.importer.PeakHeap;

/**
 * The full May 2024 SDN list (14,965 entries) imported into an empty registry and then again, through the API, with
 * the time each job took and the peak heap of the JVM that runs the service (sampled every 20 ms). Run it alone to
 * read the figures, with a small heap to show that memory stays flat:
 * {@code ./mvnw -B -o verify -pl registry-service -Dtest=SdnImportFootprintTest -DargLine=-Xmx256m}.
 */
@QuarkusTest
@TestProfile(SdnImportFootprintTest.Profile.class)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class SdnImportFootprintTest {

    /** Its own, empty database: a first import must find no SDN entry there. */
    public static class Profile extends OwnDatabase {
        public Profile() {
            super("sanctions_sdn_footprint");
        }
    }

    @Test
    void importsTheFullSdnListAndReimportsItAsANoOp() throws InterruptedException {
        JsonPath first = measure("SDN 2024-05 first import", () -> Imports.succeed(
                upload("OFAC SDN of May 2024", data("ofac_sdn_2024-05/sdn.csv")).multiPart("listDate", "2024-05-03")));
        assertThat(first.getLong("progress.entries")).isEqualTo(14_965);
        assertThat(first.getLong("progress.rejected")).isZero();
        assertThat(first.getLong("progress.added")).isEqualTo(14_965);

        given().get("/api/v1/parties?source=US-OFAC/SDN/29250").then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("LEE, John Ka-chiu"))
                .body("items[0].names.findAll { it.type == 'WEAK_AKA' }.fullName", hasItem("LI, Jiachao"))
                .body("items[0].birthDates[0].date", equalTo("1957-12-07"))
                .body("items[0].identifiers[0].number", equalTo("G0286787"))
                .body("items[0].measures[0].program", equalTo("HK-EO13936"))
                .body("items[0].measures[0].listedDate", equalTo("2024-05-03"));
        given().get("/api/v1/parties?source=US-OFAC/SDN/29249").then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("LAM, Carrie"))
                .body("items[0].gender", equalTo("FEMALE"))
                .body("items[0].nationalities", hasItem("HK"));
        given().get("/api/v1/parties?program=HK-EO13936&limit=100").then().statusCode(200)
                .body("items.size()", equalTo(42));

        JsonPath again = measure("SDN 2024-05 re-import", () -> Imports.succeed(
                upload("OFAC SDN of May 2024, again", data("ofac_sdn_2024-05/sdn.csv"))
                        .multiPart("listDate", "2024-05-03")));
        assertThat(again.getLong("progress.unchanged")).isEqualTo(14_965);
        assertThat(again.getLong("progress.added") + again.getLong("progress.updated")
                + again.getLong("progress.revoked")).isZero();
    }

    /** Runs the import and prints the job's own duration and the peak heap used meanwhile. */
    private static JsonPath measure(String what, Supplier<JsonPath> importing) throws InterruptedException {
        PeakHeap heap = PeakHeap.sampleEvery(20);
        JsonPath job;
        try (heap) {
            job = importing.get();
        }
        Duration took = Duration.between(Instant.parse(job.getString("startedAt")),
                Instant.parse(job.getString("finishedAt")));
        System.out.printf("%s: job took %d ms (%s), %s%n", what, took.toMillis(), job.getMap("progress"),
                heap.report());
        return job;
    }
}
