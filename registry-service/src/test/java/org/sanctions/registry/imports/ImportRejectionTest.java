package org.sanctions.registry.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanctions.registry.imports.Imports.data;
import static org.sanctions.registry.imports.Imports.upload;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.DbCounts;
import org.sanctions.registry.common.Roles;
import org.sanctions.testkit.PostgresResource;

/**
 * Uploads that must not import: refused at once with a problem (wrong or unknown format, bad fields, too large,
 * wrong role) or failed as a job (truncated, wrong encoding, a decompression bomb); in every case nothing changes.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "editor", roles = Roles.EDITOR)
class ImportRejectionTest {

    private static final String PROBLEM = "urn:sanctions:problem:";

    @Inject
    DbCounts db;

    @TempDir
    Path dir;

    @Test
    void refusesAFileOfAnotherFormatThanDeclared() {
        long[] before = counts();
        upload("declared wrong", data("un_sc/UN_consolidated.xml")).multiPart("format", "OFAC_SDN_CSV")
                .post("/api/v1/imports").then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(PROBLEM + "unsupported-media-type"))
                .body("detail", containsString("declared as OFAC_SDN_CSV"))
                .body("detail", containsString("UN_consolidated.xml is UN_SC_XML"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void refusesBinaryGarbage() throws IOException {
        long[] before = counts();
        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);
        upload("garbage", write("sdn.csv", garbage)).post("/api/v1/imports").then().statusCode(415)
                .body("type", equalTo(PROBLEM + "unsupported-media-type"))
                .body("detail", containsString("sdn.csv"));
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void failsATruncatedFileAndAppliesNothingOfIt() throws IOException {
        byte[] sdn = Files.readAllBytes(data("ofac_sdn_2024-05/sdn.csv"));
        int cut = sdn.length * 3 / 5;
        while (sdn[cut] != '\n') {
            cut++;
        }
        Path truncated = write("sdn.csv", Arrays.copyOf(sdn, cut + 7)); // in the middle of the next record
        long[] before = counts();
        JsonPath job = Imports.await(Imports.start(upload("truncated", truncated)));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("problem.type")).isEqualTo(PROBLEM + "malformed-request");
        assertThat(job.getString("problem.detail")).contains("sdn.csv").containsIgnoringCase("truncated");
        assertThat(job.getLong("progress.added") + job.getLong("progress.updated")).isZero();
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void failsAFileInTheWrongEncodingAndAppliesNothingOfIt() throws IOException {
        String xml = Files.readString(data("un_sc/UN_consolidated.xml"), StandardCharsets.UTF_8);
        Path cp1252 = write("UN_consolidated.xml", xml.getBytes(Charset.forName("windows-1252")));
        long[] before = counts();
        JsonPath job = Imports.await(Imports.start(upload("cp1252 instead of UTF-8", cp1252)));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("problem.detail")).contains("UN_consolidated.xml").contains("encoding");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void failsAGzipBombAndAppliesNothingOfIt() throws IOException {
        // 100 MB of real SDN rows under new ent_nums, gzipped to a few hundred KB: above the test limit of 64 MiB
        byte[] row = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                .getBytes(StandardCharsets.US_ASCII);
        Path bomb = dir.resolve("sdn.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            for (int i = 0; i < 100_000_000 / row.length; i++) {
                out.write(row);
            }
        }
        assertThat(Files.size(bomb)).isLessThan(8 * 1024 * 1024);
        long[] before = counts();
        JsonPath job = Imports.await(Imports.start(upload("bomb", bomb)));
        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("problem.detail")).contains("decompression bomb");
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void refusesAnUploadAboveTheLimitWith413() throws IOException {
        Path big = write("sdn.csv", new byte[8 * 1024 * 1024 + 1]); // the test limit is 8 MiB
        upload("too big", big).post("/api/v1/imports").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo(PROBLEM + "payload-too-large"))
                .body("detail", containsString("8388608"));
    }

    @Test
    void refusesMissingAndBadFieldsTogether() {
        given().multiPart("format", "EXCEL").multiPart("listDate", "2024-13-01").multiPart("reason", " ")
                .post("/api/v1/imports").then().statusCode(400)
                .body("type", equalTo(PROBLEM + "validation-error"))
                .body("violations.field", hasItem("format"))
                .body("violations.field", hasItem("listDate"))
                .body("violations.field", hasItem("reason"))
                .body("violations.field", hasItem("file"));
    }

    @Test
    void refusesJsonInsteadOfAnUpload() {
        given().contentType("application/json").body("{}").post("/api/v1/imports").then().statusCode(415)
                .body("type", equalTo(PROBLEM + "unsupported-media-type"));
    }

    @Test
    @TestSecurity(user = "officer", roles = Roles.OFFICER)
    void refusesCallersWithoutTheEditorRole() {
        long[] before = counts();
        upload("not mine to import", data("ofac_sdn_tiny/sdn.csv")).post("/api/v1/imports").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(PROBLEM + "forbidden"));
        given().get("/api/v1/imports").then().statusCode(403);
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void answers404ForAnUnknownJob() {
        given().get("/api/v1/imports/00000000-0000-4000-8000-000000000000").then().statusCode(404)
                .body("type", equalTo(PROBLEM + "not-found"));
    }

    /** Parties, recorded versions and import jobs that ended well: what a refused upload must not change. */
    private long[] counts() {
        return new long[] {db.parties(), db.allEvents(),
            db.count("select count(*) from import_entry"), db.count("select count(*) from measure")};
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
