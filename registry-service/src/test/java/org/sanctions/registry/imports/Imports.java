package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.sanctions.registry.importer.TestData;

/** Drives the import API as a client does: upload files, then follow the job until it ends. */
public final class Imports {

    /** Longest a job may take here: the full SDN list on a loaded two-core machine. */
    private static final Duration PATIENCE = Duration.ofMinutes(30);
    private static final List<String> ENDED = List.of("SUCCEEDED", "FAILED", "AWAITING_APPROVAL", "REJECTED");

    private Imports() {
    }

    /** A file of ../shared/data; the test fails naming the path when it is missing. */
    static Path data(String relative) {
        return TestData.path(relative);
    }

    /** A multipart upload of the files with a reason (the format left to detection). */
    public static RequestSpecification upload(String reason, Path... files) {
        RequestSpecification request = given().multiPart("reason", reason);
        for (Path file : files) {
            request.multiPart("file", file.toFile());
        }
        return request;
    }

    /** Posts the upload, expects 202 with a Location naming the job, and returns the job's id. */
    public static String start(RequestSpecification upload) {
        var response = upload.post("/api/v1/imports").then().statusCode(202).extract();
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/api/v1/imports/" + id);
        return id;
    }

    /** Polls the job until it has ended and returns it. */
    public static JsonPath await(String id) {
        return Awaitility.await("import job " + id + " ended").atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> job(id), job -> ENDED.contains(job.getString("state")));
    }

    /** The job as the API shows it now. */
    static JsonPath job(String id) {
        return given().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Uploads, waits, and expects the job to have succeeded. */
    public static JsonPath succeed(String reason, Path... files) {
        return succeed(upload(reason, files));
    }

    /** Posts the upload, waits, and expects the job to have succeeded. */
    public static JsonPath succeed(RequestSpecification upload) {
        JsonPath job = await(start(upload));
        assertThat(job.getString("state")).as("job %s: %s %s", job.getString("id"), job.getString("problem.detail"), job.getString("note"))
                .isEqualTo("SUCCEEDED");
        return job;
    }
}
