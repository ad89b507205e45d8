package org.sanctions.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.sanctions.e2e.reliability.Http.Reply;

/**
 * Real resources for the path parameters of the operations under attack, so that hostile values reach the code that
 * handles an existing party, measure, program, screening or job instead of stopping at "not found".
 */
final class Fixtures {

    private final Api api;
    private final String partyId;
    private final String measureId;
    private final String screeningId;
    private final String jobId;

    Fixtures(Api api) {
        this.api = api;
        String name = Api.uniqueName("Hostile fixture");
        this.partyId = api.listedParty(name);
        this.measureId = api.get("editor", "/api/v1/parties/" + partyId).json().path("measures").get(0).path("id")
                .asText();
        Reply screening = api.screen(api.token("bank"), name);
        this.screeningId = screening.json().path("screeningId").asText();
        Reply job = Http.send(Http.request("POST", api.gatewayUrl() + "/api/v1/screening-jobs", api.token("bank"),
                "name,ref\nJohn Lee,1\n".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/csv"),
                Api.TIMEOUT));
        JsonNode body = job.json();
        this.jobId = body == null ? UUID.randomUUID().toString() : body.path("jobId").asText(body.path("id").asText());
    }

    /** The value of a path parameter that names an existing resource of that path. */
    String pathValue(String path, String param) {
        if (param.toLowerCase().contains("measure")) {
            return measureId;
        }
        if (path.startsWith("/api/v1/programs")) {
            return Api.PROGRAM;
        }
        if (path.startsWith("/api/v1/parties")) {
            return partyId;
        }
        if (path.startsWith("/api/v1/screening-jobs")) {
            return jobId;
        }
        if (path.startsWith("/api/v1/screenings")) {
            return screeningId;
        }
        return UUID.randomUUID().toString();
    }

    /** The current ETag of the party or program a write path is about (empty when there is none). */
    String currentEtag(String target) {
        String resource = target.startsWith("/api/v1/programs") ? "/api/v1/programs/" + Api.PROGRAM
                : "/api/v1/parties/" + partyId;
        String etag = api.get("editor", resource).header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    String partyId() {
        return partyId;
    }

    Duration timeout() {
        return Duration.ofSeconds(60);
    }
}
