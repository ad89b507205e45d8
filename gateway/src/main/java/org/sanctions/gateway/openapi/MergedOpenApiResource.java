package org.sanctions.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.Future;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sanctions.gateway.routing.Upstream;

/**
 * The merged OpenAPI document (JSON) that Swagger UI shows: always answers, and says in its description and in
 * x-sanctions-sources which services' parts are missing when a service is down.
 */
@Path("/api/openapi")
public class MergedOpenApiResource {

    /** The gateway's own document, as Quarkus serves it at /q/openapi. */
    private static final String OWN_DOCUMENT = "<default>";

    private final OpenApiDocumentService ownDocument;
    private final ServiceDocuments services;
    private final OpenApiConfig config;
    private final ObjectMapper json;

    public MergedOpenApiResource(OpenApiDocumentService ownDocument, ServiceDocuments services, OpenApiConfig config,
            ObjectMapper json) {
        this.ownDocument = ownDocument;
        this.services = services;
        this.config = config;
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public CompletionStage<JsonNode> merged() {
        JsonNode gateway = readOwn();
        var fetches = Arrays.stream(Upstream.values()).map(services::fetch).toList();
        return Future.all(fetches)
                .map(all -> (JsonNode) OpenApiMerger.merge(gateway,
                        fetches.stream().map(Future::result).toList(), config.publicAuthServerUrl(),
                        config.publicBaseUrl()))
                .toCompletionStage();
    }

    private JsonNode readOwn() {
        try {
            return json.readTree(ownDocument.getDocument(OWN_DOCUMENT, Format.JSON));
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway's own OpenAPI document is not JSON", e);
        }
    }
}
