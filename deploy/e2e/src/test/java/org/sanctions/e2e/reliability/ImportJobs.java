package org.sanctions.e2e.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sanctions.e2e.reliability.Http.Reply;
import org.sanctions.e2e.reliability.Multipart.Part;

/** List imports through the gateway as an editor: upload a file, read the job's state, wait for its end. */
final class ImportJobs {

    private ImportJobs() {
    }

    /** Uploads the file with the reason, expects 202, and returns the job's path (its Location). */
    static String start(Api api, String editor, Path list, String reason) throws IOException {
        return start(api, editor, list, reason, "FULL");
    }

    /**
     * The same in a mode: FULL may delist (and then waits for a second person's approval when it would delist more
     * than the registry's share), ADDITIONS never delists.
     */
    static String start(Api api, String editor, Path list, String reason, String mode) throws IOException {
        Reply accepted = Http.send(Http.request("POST", api.gatewayUrl() + "/api/v1/imports", editor,
                Multipart.body(List.of(Part.field("reason", reason), Part.field("mode", mode),
                        Part.file(list.getFileName().toString(), "text/csv", Files.readAllBytes(list)))),
                Map.of("Content-Type", Multipart.contentType(), "Accept", "application/json"), Api.TIMEOUT));
        assertThat(accepted.status()).as(accepted.describe()).isEqualTo(202);
        return URI.create(accepted.header("Location")).getRawPath();
    }

    /** The job's state now. */
    static String state(Api api, String job) {
        Reply r = api.get("editor", job);
        assertThat(r.status()).as("reading " + job + ": " + r.describe()).isEqualTo(200);
        return r.json().path("state").asText();
    }

    /** Waits until the job has ended (SUCCEEDED, FAILED, REJECTED, or its run AWAITING_APPROVAL) and returns it. */
    static JsonNode awaitEnd(Api api, String job, Duration within, String after) {
        JsonNode[] last = new JsonNode[1];
        Waits.until(within, () -> "import job " + job + " ended " + after + ": " + last[0], () -> {
            Reply r = api.get("editor", job);
            last[0] = r.json();
            return r.status() == 200 && List.of("SUCCEEDED", "FAILED", "AWAITING_APPROVAL", "REJECTED").contains(last[0].path("state").asText());
        });
        return last[0];
    }
}
