package org.sanctions.lookup.index;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's snapshot export and change feed as a REST Client (base URL {@code quarkus.rest-client.registry.url},
 * mapped from {@code lookup.registry.url}). A failed call is retried twice shortly; what then still fails is left to
 * the caller, which keeps the last state and tries again later.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(RegistryAuthorization.class)
@Path("/api/v1")
public interface RegistryApi {

    /** The snapshot as streamed NDJSON: a header line, then one line per party. The timeout covers the headers. */
    @GET
    @Path("/parties/export")
    @Produces("application/x-ndjson")
    @Timeout(value = 300, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    InputStream export();

    /** One long-poll page of changes; the timeout is above the longest wait (30 s) plus an answer's time. */
    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    ChangePage changes(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @QueryParam("waitSeconds") int waitSeconds);
}
