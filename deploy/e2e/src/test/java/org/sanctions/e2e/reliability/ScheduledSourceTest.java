package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.testkit.Prerequisites;

/**
 * Issue 16's end-to-end check on the real processes: a list publisher (an HTTP server on loopback started here)
 * serves an SDN file; the registry's scheduled fetch of source {@code ofac-sdn} (every minute, policy REVIEW) picks
 * it up and previews it, an officer approves the delta through the gateway, and its new designation reaches
 * screening. Then the source is set to AUTO and the publisher serves a later edition with one more designation: the
 * time from publication to the first screening hit is measured and reported (goal: under two minutes with a
 * one-minute schedule, under ten seconds after the fetch). The source's files are "additions" (mode ADDITIONS), as
 * earlier tests left other SDN entries that a 17-row file lacks. The designations are invented names.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class ScheduledSourceTest {

    private static final Duration FETCHED = Duration.ofMinutes(3);
    private static final String SOURCE = "/api/v1/sources/ofac-sdn";
    private static final String FIRST = "99801,\"QORVANTE, Eldric Tamsin\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 03 Mar 1968.\"\r\n";
    private static final String SECOND = "99802,\"VELMARA, Oskian Dretch\",\"individual\",\"RUSSIA-EO14024\",-0- ,"
            + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 04 Apr 1969.\"\r\n";

    private volatile byte[] published = new byte[0];

    @Test
    void aPublishedFileIsFetchedOnScheduleReviewedApprovedAndScreenedAndALaterEditionArrivesByItself(
            RunningSystem system) throws IOException {
        Api api = new Api(system);
        byte[] sdn = Files.readAllBytes(Prerequisites.sharedData("ofac_sdn_tiny/sdn.csv"));
        HttpServer publisher = publisher();
        try {
            String url = "http://127.0.0.1:" + publisher.getAddress().getPort() + "/SDN.CSV";
            published = concat(sdn, FIRST);
            configure(api, url, "PT1M", "REVIEW");

            // the schedule fetches the new source at its next tick; REVIEW: the preview waits for a person
            JsonNode waiting = awaitSource(api, s -> "AWAITING_APPROVAL".equals(s.path("state").asText()), "a preview");
            String job = "/api/v1/imports/" + waiting.path("importId").asText();
            Reply delta = api.get("officer", job + "/delta");
            assertThat(delta.status()).as(delta.describe()).isEqualTo(200);
            assertThat(delta.text()).as("the delta names the new designation").contains("QORVANTE");
            Reply approved = api.post("officer", job + "/approval", Map.of("reason", "end-to-end: reviewed the "
                    + "scheduled fetch of ofac-sdn"));
            assertThat(approved.status()).as(approved.describe()).isIn(200, 202);
            JsonNode end = ImportJobs.awaitEnd(api, job, FETCHED, "after its approval");
            assertThat(end.path("state").asText()).as("approved import: " + end).isEqualTo("SUCCEEDED");
            api.awaitScreenable("Eldric Tamsin Qorvante", partyOf(api, "US-OFAC/SDN/99801"), FETCHED);

            // AUTO: a later edition goes from the publisher to screening with no person in between
            configure(api, url, "PT1M", "AUTO");
            String previousJob = awaitSource(api, s -> true, "the source").path("importId").asText();
            published = concat(concat(sdn, FIRST), SECOND);
            long publishedAt = System.nanoTime();
            JsonNode applied = awaitSource(api, s -> "APPLIED".equals(s.path("state").asText())
                    && !previousJob.equals(s.path("importId").asText()), "the later edition applied");
            long appliedAt = System.nanoTime();
            String party = partyOf(api, "US-OFAC/SDN/99802");
            api.awaitScreenable("Oskian Dretch Velmara", party, FETCHED);
            long hitAt = System.nanoTime();
            Report.line("scheduled-source", "publication to screening hit %d ms (schedule PT1M, goal 120,000 ms);"
                    + " publication to import applied %d ms; applied to screening hit %d ms; last check %s",
                    (hitAt - publishedAt) / 1_000_000, (appliedAt - publishedAt) / 1_000_000,
                    (hitAt - appliedAt) / 1_000_000, applied.path("lastCheckedAt").asText());
        } finally {
            publisher.stop(0);
            // no schedule left behind: later tests must not see fetches of a publisher that is gone
            Reply off = api.send("PUT", "editor", SOURCE, settings("http://127.0.0.1:9/SDN.CSV", null, "REVIEW"),
                    Map.of());
            assertThat(off.status()).as(off.describe()).isEqualTo(200);
        }
    }

    private HttpServer publisher() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/SDN.CSV", exchange -> {
            byte[] body = published;
            String etag = "\"" + sha256(body) + "\"";
            exchange.getResponseHeaders().add("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "text/csv");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void configure(Api api, String url, String every, String policy) {
        Reply put = api.send("PUT", "editor", SOURCE, settings(url, every, policy), Map.of());
        assertThat(put.status()).as(put.describe()).isEqualTo(200);
        assertThat(put.json().path("mode").asText()).isEqualTo("ADDITIONS");
    }

    private static Map<String, Object> settings(String url, String every, String policy) {
        Map<String, Object> body = new HashMap<>(Map.of("format", "OFAC_SDN_CSV", "url", url, "policy", policy,
                "mode", "ADDITIONS", "maxDelistShare", 0.05));
        body.put("every", every);
        return body;
    }

    private static JsonNode awaitSource(Api api, java.util.function.Predicate<JsonNode> done, String what) {
        JsonNode[] last = new JsonNode[1];
        Waits.until(FETCHED, () -> "source ofac-sdn: " + what + "; last: " + last[0], () -> {
            Reply r = api.get("officer", SOURCE);
            last[0] = r.json();
            return r.status() == 200 && done.test(last[0]);
        });
        return last[0];
    }

    private static String partyOf(Api api, String source) {
        Reply r = api.get("officer", "/api/v1/parties?source=" + source);
        String id = r.json() == null ? "" : r.json().path("items").path(0).path("id").asText();
        assertThat(id).as("party imported from " + source + ": " + r.describe()).isNotEmpty();
        return id;
    }

    private static byte[] concat(byte[] file, String rows) {
        byte[] extra = rows.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(file, file.length + extra.length);
        System.arraycopy(extra, 0, all, file.length, extra.length);
        return all;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
