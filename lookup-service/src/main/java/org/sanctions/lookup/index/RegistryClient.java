package org.sanctions.lookup.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.sanctions.lookup.config.LookupConfig;

/** Reads the registry's snapshot export (streamed NDJSON) and change feed (long-poll JSON) per the wire contract. */
@ApplicationScoped
public class RegistryClient {

    private final LookupConfig config;
    private final RegistryTokens tokens;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RegistryClient(LookupConfig config, RegistryTokens tokens, ObjectMapper json) {
        this.config = config;
        this.tokens = tokens;
        this.json = json;
    }

    /** Streams the snapshot, handing each party to the consumer; returns the sequence the snapshot reflects. */
    public long snapshot(Consumer<RegistryParty> parties) throws IOException, InterruptedException {
        return snapshot(parties, header -> { });
    }

    /** The same, handing the header line (seq, sources...) to {@code header} first. */
    public long snapshot(Consumer<RegistryParty> parties, Consumer<JsonNode> header)
            throws IOException, InterruptedException {
        HttpResponse<InputStream> response = send("/api/v1/parties/export", "application/x-ndjson",
                config.registry().timeout().multipliedBy(10));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
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
        String path = "/api/v1/changes?after=" + after + "&limit=" + config.registry().pageSize() + "&waitSeconds="
                + wait;
        HttpResponse<InputStream> response = send(path, "application/json",
                config.registry().timeout().plusSeconds(wait));
        try (InputStream body = response.body()) {
            return json.readValue(body, ChangePage.class);
        }
    }

    private HttpResponse<InputStream> send(String path, String accept, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.registry().url() + path))
                .timeout(timeout).header("Accept", accept).GET();
        tokens.authorization().ifPresent(value -> request.header("Authorization", value));
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() == 401) {
            tokens.reset();
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("registry answered " + response.statusCode() + " for " + path);
        }
        return response;
    }
}
