package org.sanctions.gateway.routing;

import io.vertx.core.http.HttpServerRequest;

/** The body length a request declares in Content-Length, or -1 when it streams without one. */
final class DeclaredLength {

    private DeclaredLength() {
    }

    static long of(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
