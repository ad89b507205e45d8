package org.sanctions.lookup.monitoring;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A bank's webhook endpoint as a REST Client, built per endpoint URL by {@link WebhookSender} (its base URI is the
 * endpoint's whole URL): one POST with the Standard Webhooks headers. Any status comes back as the response (the
 * default exception mapper is disabled), so the sender decides what a failure is.
 */
public interface WebhookEndpointClient extends AutoCloseable {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response deliver(@HeaderParam("webhook-id") String id, @HeaderParam("webhook-timestamp") String timestamp,
            @HeaderParam("webhook-signature") String signature, String payload);
}
