package org.sanctions.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanctions.gateway.support.DemoCaller;
import org.sanctions.gateway.support.FakeUpstream;
import org.sanctions.gateway.support.FakeUpstreamsResource;
import org.sanctions.gateway.support.Fakes;
import org.sanctions.testkit.KeycloakResource;

/**
 * Bodies stream through the gateway in both directions: the service sees the start of an upload while the caller
 * is still holding back the rest, and the caller reads the start of a download while the service is still holding
 * back the rest. A gateway that buffered whole bodies would wait forever in both tests.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FakeUpstreamsResource.class, scope = TestResourceScope.GLOBAL)
class StreamingProxyTest {

    private static final int MB = 1024 * 1024;
    /** The JDK's default client, which asks every new plain-http connection to upgrade to HTTP/2 (h2c). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void streamsAMultiMegabyteUploadToTheServiceAsItArrives() throws Exception {
        String requestId = UUID.randomUUID().toString();
        PipedOutputStream caller = new PipedOutputStream();
        InputStream body = new PipedInputStream(caller, MB);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/v1/imports"))
                .header("Authorization", "Bearer " + DemoCaller.EDITOR.token()).header("X-Request-Id", requestId)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build();
        CompletableFuture<HttpResponse<String>> response =
                HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        MessageDigest sent = MessageDigest.getInstance("SHA-256");

        write(caller, sent, 0, 2 * MB);
        awaitTrue(() -> Fakes.received("registry", requestId) > 0,
                "the registry received the first bytes while the caller holds back the rest");
        write(caller, sent, 2 * MB, 24 * MB);
        caller.close();

        HttpResponse<String> answer = response.get(120, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode echo = JSON.readTree(answer.body());
        assertThat(echo.path("bodyBytes").asLong()).isEqualTo(24L * MB);
        assertThat(echo.path("bodySha256").asText()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        assertThat(echo.path("headers").path("transfer-encoding").asText()).isEqualTo("chunked");
        // the JDK client asked this connection for an h2c upgrade: that belongs to the connection, not the request
        assertThat(echo.path("headers").has("http2-settings")).isFalse();
        assertThat(echo.path("headers").has("upgrade")).isFalse();
    }

    @Test
    void forwardsAnUploadWithItsDeclaredLength() {
        byte[] file = new byte[8 * MB];
        for (int i = 0; i < file.length; i++) {
            file[i] = FakeUpstream.patternByte(i);
        }
        given().auth().oauth2(DemoCaller.BANK_DEMO.token()).contentType("text/csv").body(file)
                .when().post("/api/v1/screening-jobs").then()
                .statusCode(200)
                .body("upstream", equalTo("lookup"))
                .body("bodyBytes", equalTo(file.length))
                .body("headers.content-length", equalTo(Integer.toString(file.length)));
    }

    @Test
    void streamsAMultiMegabyteDownloadToTheCallerAsItIsProduced() throws Exception {
        long size = 32L * MB;
        String hold = UUID.randomUUID().toString();
        HttpRequest request = HttpRequest.newBuilder(
                gateway.resolve("/api/v1/parties/export?fakeBytes=" + size + "&fakeHold=" + hold))
                .header("Authorization", "Bearer " + DemoCaller.LOOKUP_SERVICE.token()).GET().build();
        HttpResponse<InputStream> response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream in = response.body()) {
            byte[] first = CompletableFuture.supplyAsync(() -> readFully(in, FakeUpstream.CHUNK))
                    .get(30, TimeUnit.SECONDS);
            assertPattern(first, first.length, 0);
            Fakes.release("registry", hold);

            long position = first.length;
            byte[] buffer = new byte[MB];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                assertPattern(buffer, n, position);
                position += n;
            }
            assertThat(position).isEqualTo(size);
        }
    }

    @Test
    void passesCallerHeadersAndAddsForwardedOnes() {
        String token = DemoCaller.OFFICER.token();
        given().auth().oauth2(token).header("X-Forwarded-For", "203.0.113.7").header("Accept-Language", "de")
                .when().get("/api/v1/programs/HK-EO13936?asOf=2025-04-01").then()
                .statusCode(200)
                .body("upstream", equalTo("registry"))
                .body("query", equalTo("asOf=2025-04-01"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.accept-language", equalTo("de"))
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", startsWith("localhost:"));
    }

    @Test
    void forwardsTheNormalizedPathItAuthorized() {
        // the screening-client may screen; it must not reach the registry's export by walking up the path
        given().auth().oauth2(DemoCaller.BANK_DEMO.token()).urlEncodingEnabled(false)
                .when().get("/api/v1/screening-jobs/../../v1/parties/export").then()
                .statusCode(403);
        given().auth().oauth2(DemoCaller.EDITOR.token()).urlEncodingEnabled(false)
                .when().get("/api/v1/screening-jobs/x/../y").then()
                .statusCode(200).body("path", equalTo("/api/v1/screening-jobs/y"));
    }

    @Test
    void answersMethodNotAllowedForAMethodNoRowDeclares() {
        given().auth().oauth2(DemoCaller.EDITOR.token()).when().delete("/api/v1/parties/" + UUID.randomUUID())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", "GET, PATCH, POST, PUT")
                .body("type", equalTo("urn:sanctions:problem:method-not-allowed"));
    }

    @Test
    void leavesPathsOutsideTheTableToTheGatewaysOwnEndpoints() {
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/me").then()
                .statusCode(200).body("username", equalTo("officer"));
        given().auth().oauth2(DemoCaller.OFFICER.token()).when().get("/api/v1/partiesX").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:sanctions:problem:not-found"));
    }

    private static void write(OutputStream out, MessageDigest digest, long from, long to) throws IOException {
        byte[] chunk = new byte[FakeUpstream.CHUNK];
        for (long position = from; position < to; position += chunk.length) {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = FakeUpstream.patternByte(position + i);
            }
            out.write(chunk);
            digest.update(chunk);
        }
        out.flush();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    private static byte[] readFully(InputStream in, int length) {
        try {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertPattern(byte[] bytes, int length, long offset) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != FakeUpstream.patternByte(offset + i)) {
                throw new AssertionError("byte " + (offset + i) + " of the download differs from what was sent");
            }
        }
    }
}
