package org.sanctions.lookup.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams a job's stored results as NDJSON (full matches) or CSV (one line per row, best match). */
@ApplicationScoped
public class JobResultWriter {

    private final JobStore store;
    private final ObjectMapper json;

    JobResultWriter(JobStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    StreamingOutput ndjson(UUID job) {
        return out -> store.results(job, row -> {
            JobResultLine line = new JobResultLine(row.rowNo(), row.ref(), row.status(), row.error(), row.matched(),
                    row.screeningId() == null ? null : row.screeningId().toString(), json.readTree(row.matchesJson()));
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        });
    }

    StreamingOutput csv(UUID job) {
        return out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("row", "ref", "status",
                    "error", "match", "screeningId", "topPartyId", "topScore", "topName").get());
            store.results(job, row -> {
                JsonNode top = json.readTree(row.matchesJson()).path(0);
                csv.printRecord(row.rowNo(), row.ref(), row.status(), row.error(), row.matched(), row.screeningId(),
                        top.path("partyId").asText(""), top.has("score") ? top.get("score").asText() : "",
                        top.path("matchedName").asText(""));
            });
            csv.flush();
        };
    }
}
