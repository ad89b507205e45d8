package org.sanctions.registry.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;
import org.sanctions.testkit.Prerequisites;

/** The demo data loader runs against the real API (identity from @TestSecurity): all loads, a rerun creates nothing. */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class DemoDataTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void loadsTheDemoDataOnceAndThenSkipsIt() throws Exception {
        Path loader = Path.of(System.getProperty("sanctions.project.root", ".."), "deploy/local/demo-data/load.sh");
        Prerequisites.require(Files.isRegularFile(loader), "demo data loader " + loader.toAbsolutePath());
        for (String tool : List.of("bash", "curl", "jq")) {
            Prerequisites.require(onPath(tool), "the demo data loader needs " + tool + " on PATH (apt-get install " + tool + ")");
        }
        String first = run(loader);
        assertThat(first).contains("demo data: 37 created, 0 already present").doesNotContain("FAILED");
        String second = run(loader);
        assertThat(second).contains("demo data: 0 created, 37 already present");

        given().get("/api/v1/parties?source=US-OFAC/SDN/29250").then().statusCode(200)
                .body("items[0].names[0].fullName", equalTo("LEE, John Ka-chiu"))
                .body("items[0].measures[0].program", equalTo("HK-EO13936"));
        given().get("/api/v1/parties?name=蕭澤頤&activeOn=2025-04-01").then().statusCode(200)
                .body("items[0].positions", hasItem("Commissioner of Police, Hong Kong Police Force"))
                .body("items[0].measures[0].authority", equalTo("US-STATE"));
        given().get("/api/v1/programs/RATA-VISA").then().statusCode(200).body("authority", equalTo("US-STATE"));
        given().get("/api/v1/parties?program=RATA-VISA").then().body("items.size()", equalTo(0));
    }

    private String run(Path loader) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", loader.toString(), base.toString(), "")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("loader finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }
}
