package org.sanctions.e2e;

import java.net.http.HttpRequest;
import java.util.function.Consumer;
import org.sanctions.client.ApiClient;
import org.sanctions.testkit.Tokens;

/** The generated client (deploy/client) pointed at the running gateway, with a bearer token of a demo user. */
final class GeneratedClients {

    private GeneratedClients() {
    }

    /** A client that calls the gateway as the demo user (editor, officer or auditor). */
    static ApiClient as(RunningSystem system, String user) {
        return as(system, user, builder -> { });
    }

    /** As {@link #as(RunningSystem, String)}, then {@code adjust} sees each request before it is sent. */
    static ApiClient as(RunningSystem system, String user, Consumer<HttpRequest.Builder> adjust) {
        String bearer = "Bearer " + Tokens.user(user);
        ApiClient client = new ApiClient();
        client.updateBaseUri(system.gatewayUrl());
        client.setRequestInterceptor(builder -> {
            builder.setHeader("Authorization", bearer);
            adjust.accept(builder);
        });
        return client;
    }
}
