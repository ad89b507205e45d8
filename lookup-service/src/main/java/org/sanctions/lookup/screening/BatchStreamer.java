package org.sanctions.lookup.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.sanctions.lookup.screening.ScreeningViews.BatchResult;

/**
 * Streams a batch as NDJSON, one line per item, in chunks: a chunk's lines are written only once its evidence is
 * committed, so whatever the client has received is recorded.
 */
@ApplicationScoped
public class BatchStreamer {

    private static final int CHUNK = 256;

    private final ScreeningService screening;
    private final ObjectMapper json;

    BatchStreamer(ScreeningService screening, ObjectMapper json) {
        this.screening = screening;
        this.json = json;
    }

    /** Validates every item first (a bad item fails the whole request with 400 before anything streams). */
    public StreamingOutput stream(BatchRequest request, Caller caller) {
        for (int i = 0; i < request.items().size(); i++) {
            screening.toQuery(request.forItem(request.items().get(i)), "items[" + i + "].");
        }
        UUID batchId = UUID.randomUUID();
        Instant now = Instant.now();
        return out -> {
            for (int from = 0; from < request.items().size(); from += CHUNK) {
                writeChunk(request, caller, batchId, now, from, Math.min(request.items().size(), from + CHUNK), out);
            }
        };
    }

    private void writeChunk(BatchRequest request, Caller caller, UUID batchId, Instant now, int from, int to,
            OutputStream out) throws IOException {
        List<BatchResult> lines = new ArrayList<>(to - from);
        List<CompletableFuture<Void>> writes = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            BatchItem item = request.items().get(i);
            ScreeningService.Screened s = screening.screenItem(request, item, i, caller, batchId, now);
            lines.add(new BatchResult(item.ref(), s.screeningId(), s.matches()));
            writes.add(s.recorded());
        }
        CompletableFuture.allOf(writes.toArray(new CompletableFuture[0])).join();
        for (BatchResult line : lines) {
            out.write(json.writeValueAsBytes(line));
            out.write('\n');
        }
        out.flush();
    }
}
