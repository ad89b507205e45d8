package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctions.e2e.RunningSystem;
import org.sanctions.e2e.SystemExtension;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.e2e.reliability.OpenApiDocument.Operation;
import org.sanctions.e2e.reliability.Verdicts.Outcome;

/**
 * Walks the OpenAPI description of the whole API and sends every operation malformed, boundary and hostile input
 * through the gateway, with a real token of a role allowed to call it: never a 5xx, always an answer, every refusal
 * an RFC 9457 problem document, and a refused request stores nothing (row counts of every registry and lookup table
 * are compared around each request). Accepted hostile text must be stored verbatim; accepted uploads must end.
 */
@Order(Suite.AFTER_BROWSER_TESTS)
@ExtendWith(SystemExtension.class)
class HostileInputTest {

    /** Who is tried, in order, to find a role allowed to call an operation (the bank first: it owns its jobs). */
    private static final List<String> CALLERS = List.of("bank", "editor", "officer", "auditor", "feed");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration UPLOADS_FINISH = Duration.ofSeconds(180);
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "SUCCEEDED");

    private final List<String[]> acceptedUploads = new ArrayList<>();
    private Api api;
    private Fixtures fixtures;

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndStoresNothingWhenItRefuses(RunningSystem system) {
        api = new Api(system);
        fixtures = new Fixtures(api);
        Verdicts verdicts = new Verdicts();
        List<OpenApiDocument> docs = OpenApiDocument.load(system);
        AttackPlan plan = new AttackPlan(fixtures);
        int operations = 0;
        try (Store store = new Store(system)) {
            Map<String, Long> before = store.counts();
            for (OpenApiDocument doc : docs) {
                for (Operation op : doc.operations()) {
                    operations++;
                    String caller = probe(op, verdicts);
                    // the probe may act (a DELETE of the all-zero id an attack created): it is not judged on counts
                    before = store.counts();
                    JsonNode base = null;
                    Outcome refused = null;
                    for (JsonNode candidate : Examples.candidates(op)) {
                        Outcome outcome = send(plan.baseline(op, candidate), caller);
                        refused = outcome;
                        Map<String, Long> after = store.counts();
                        verdicts.judge(op.toString(), plan.baseline(op, candidate), outcome, before, after);
                        before = after;
                        if (outcome.status() >= 200 && outcome.status() < 300) {
                            base = candidate;
                            break;
                        }
                    }
                    if (base == null && op.jsonBody()) {
                        verdicts.note("no documented or schema-built body of " + op + " is accepted (last: "
                                + refused.status() + " " + refused.body() + "); fields are attacked in the first");
                    }
                    for (Attack attack : plan.attacks(op, base != null ? base : Examples.candidates(op).get(0))) {
                        Outcome outcome = send(attack, caller);
                        if (outcome == null) {
                            continue;
                        }
                        Map<String, Long> after = store.counts();
                        verdicts.judge(op.toString(), attack, outcome, before, after);
                        before = after;
                    }
                }
            }
        }
        awaitAcceptedUploads(verdicts);
        for (Path escaped : List.of(Path.of("/tmp", UploadAttacks.ZIP_SLIP_NAME), Path.of("/tmp/e2e-traversal.csv"))) {
            if (Files.exists(escaped)) {
                verdicts.defect("a hostile file name was written outside the upload folder: " + escaped);
            }
        }
        for (String module : List.of("registry-service", "lookup-service", "gateway")) {
            Health.awaitReady(system.service(module).healthUrl(), Duration.ofSeconds(60));
        }
        report(docs, operations, verdicts);
        api.auditVerify().ifPresent(r -> assertThat(r.path("valid").asBoolean()).as("audit chain: " + r).isTrue());
        assertThat(verdicts.defects()).as("defects found by hostile input (%d requests)", verdicts.requests())
                .isEmpty();
    }

    /** The first caller the gateway lets through (no 401 or 403) with a request no service can act on. */
    private String probe(Operation op, Verdicts verdicts) {
        for (String caller : CALLERS) {
            Map<String, String> headers = new HashMap<>(Map.of("Accept", "*/*", "X-Change-Reason", "probe",
                    "If-Match", "\"1\""));
            byte[] body = null;
            if (op.hasBody()) {
                headers.put("Content-Type", "application/x-probe");
                body = new byte[] {'p'};
            }
            String target = op.path().replaceAll("\\{([^}]+)}", "00000000-0000-0000-0000-000000000000");
            Reply reply = Http.send(Http.request(op.method(), api.gatewayUrl() + target, api.token(caller), body,
                    headers, REQUEST_TIMEOUT));
            if (reply.status() >= 500 || reply.status() == 0) {
                verdicts.defect("probe of " + op + " as " + caller + ": " + reply.describe());
            }
            if (reply.status() != 401 && reply.status() != 403) {
                return caller;
            }
        }
        verdicts.note("no demo account may call " + op + "; attacked as editor");
        return "editor";
    }

    private Outcome send(Attack attack, String caller) {
        String token = api.token(caller);
        Map<String, String> headers = new HashMap<>(attack.headers());
        headers.replaceAll((k, v) -> Attack.CURRENT_ETAG.equals(v) ? fixtures.currentEtag(attack.target()) : v);
        if (attack.isRaw()) {
            headers.put("Authorization", "Bearer " + token);
            RawUpload.Answer a = RawUpload.send(URI.create(api.gatewayUrl()), attack.method(), attack.target(), headers,
                    attack.declaredLength(), attack.rawBytes(), REQUEST_TIMEOUT);
            return new Outcome(a.status(), a.headers().get("content-type"), a.body(), a.error(), 0);
        }
        Reply reply;
        try {
            reply = Http.send(Http.request(attack.method(), api.gatewayUrl() + attack.target(), token, attack.body(),
                    headers, REQUEST_TIMEOUT));
        } catch (IllegalArgumentException unsendable) {
            return null; // a header value or URI the HTTP client itself refuses to send
        }
        if (reply.status() == 202 && reply.header("Location") != null) {
            acceptedUploads.add(new String[] {caller, URI.create(reply.header("Location")).getRawPath(), attack.label()});
        }
        return new Outcome(reply.status(), reply.header("Content-Type"), reply.text(),
                reply.failure() == null ? null : reply.failure().toString(), reply.took().toMillis());
    }

    /** Every accepted job or import must reach an end state, and reading it must not fail. */
    private void awaitAcceptedUploads(Verdicts verdicts) {
        long deadline = System.nanoTime() + UPLOADS_FINISH.toNanos();
        for (String[] upload : acceptedUploads) {
            String state = "";
            while (!FINISHED.contains(state) && System.nanoTime() < deadline) {
                Reply reply = api.get(upload[0], upload[1]);
                if (reply.status() >= 500 || reply.status() == 0) {
                    verdicts.defect("reading accepted upload " + upload[1] + " (" + upload[2] + "): " + reply.describe());
                    break;
                }
                JsonNode body = reply.json();
                state = body == null ? "" : body.path("status").asText(body.path("state").asText());
                if (!FINISHED.contains(state)) {
                    Waits.sleep(500);
                }
            }
            if (!FINISHED.contains(state)) {
                verdicts.defect("accepted upload did not finish within " + UPLOADS_FINISH.toSeconds() + " s: "
                        + upload[1] + " (" + upload[2] + "), state " + state);
            }
        }
    }

    private static void report(List<OpenApiDocument> docs, int operations, Verdicts verdicts) {
        Report.line("hostile-input", "documents %s, operations %d, requests %d, statuses %s, 5xx %d, defects %d,"
                + " accepted %d", docs.stream().map(OpenApiDocument::source).toList(),
                operations, verdicts.requests(), verdicts.statuses(), verdicts.serverErrors(), verdicts.defects().size(),
                verdicts.accepted().size());
        verdicts.defects().forEach(d -> Report.line("hostile-input defect", "%s", d));
        verdicts.notes().forEach(n -> Report.line("hostile-input note", "%s", n));
        verdicts.accepted().forEach(a -> Report.line("hostile-input accepted", "%s", a));
    }
}
