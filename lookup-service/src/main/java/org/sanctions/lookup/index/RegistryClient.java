package org.sanctions.lookup.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanctions.lookup.config.LookupConfig;

/** Reads the registry's snapshot export (streamed NDJSON) and change feed (long-poll JSON) per the wire contract. */
@ApplicationScoped
public class RegistryClient {

    private final LookupConfig config;
    private final RegistryTokens tokens;
    private final ObjectMapper json;
    private final RegistryApi api;

    RegistryClient(LookupConfig config, RegistryTokens tokens, ObjectMapper json, @RestClient RegistryApi api) {
        this.config = config;
        this.tokens = tokens;
        this.json = json;
        this.api = api;
    }

    /** Streams the snapshot, handing each party to the consumer; returns the sequence the snapshot reflects. */
    public long snapshot(Consumer<RegistryParty> parties) throws IOException, InterruptedException {
        return snapshot(parties, header -> { });
    }

    /** The same, handing the header line (seq, sources...) to {@code header} first. */
    public long snapshot(Consumer<RegistryParty> parties, Consumer<JsonNode> header)
            throws IOException, InterruptedException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(call("/api/v1/parties/export",
                api::export), StandardCharsets.UTF_8))) {
            String first = lines.readLine();
            JsonNode head = json.readTree(first == null ? "{}" : first);
            if (!"sanctions-registry-export".equals(head.path("format").asText()) || !head.has("seq")) {
                throw new IOException("registry export does not start with a sanctions-registry-export header");
            }
            header.accept(head);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    if (node.has("party")) {
                        parties.accept(json.treeToValue(node.get("party"), RegistryParty.class));
                    }
                }
            }
            return head.get("seq").asLong();
        }
    }

    /** One long-poll page of changes after the given sequence. */
    public ChangePage changes(long after) throws IOException, InterruptedException {
        int wait = Math.max(0, Math.min(30, config.registry().waitSeconds()));
        return call("/api/v1/changes", () -> api.changes(after, config.registry().pageSize(), wait));
    }

    /** Runs one call, turning the REST Client's and Fault Tolerance's exceptions into an IOException that says why. */
    private <T> T call(String path, Supplier<T> request) throws IOException, InterruptedException {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 401) {
                tokens.reset();
            }
            throw new IOException("registry answered " + e.getResponse().getStatus() + " for " + path, e);
        } catch (TimeoutException e) {
            throw new IOException("the registry did not answer in time", e);
        } catch (ProcessingException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("registry call interrupted");
            }
            throw new IOException(connectFailure(e) ? "cannot connect to the registry at " + config.registry().url()
                    : "the registry call failed: " + e.getMessage(), e);
        }
    }

    private static boolean connectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
