package org.sanctions.gateway.support;

import io.quarkus.vertx.http.HttpServer;

/** URLs on the gateway's management interface, which tests run on a random port (quarkus.management.test-port=0). */
public final class ManagementPort {

    private ManagementPort() {
    }

    /** The URL of {@code path} (e.g. /q/metrics) on the management port the running server listens on. */
    public static String url(HttpServer server, String path) {
        return "http://localhost:" + server.getManagementPort() + path;
    }
}
