package org.sanctions.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@code registry.max-body-bytes} with a 413 problem: early from Content-Length, and while reading for
 * chunked bodies. List uploads ({@value #UPLOAD_PATH}) are spooled to disk and get the larger
 * {@code registry.max-upload-bytes}. (The HTTP layer's own, higher limit answers 413 without a body: only a backstop.)
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    // a provider is created before runtime configuration exists, so the config is looked up on first use
    private final jakarta.inject.Provider<RegistryConfig> config;

    public BodyLimit(jakarta.inject.Provider<RegistryConfig> config) {
        this.config = config;
    }

    /** The one route that takes file uploads (multipart), under its own limit. */
    public static final String UPLOAD_PATH = "/api/v1/imports";

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        long limit = isUpload(request) ? config.get().maxUploadBytes() : config.get().maxBodyBytes();
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && (length.length() > 18 || Long.parseLong(length) > limit)) {
            throw ApiException.payloadTooLarge(limit);
        }
    }

    private static boolean isUpload(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        return "POST".equals(request.getMethod()) && (path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/"));
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = config.get().maxBodyBytes();
        context.setInputStream(new LimitedInputStream(context.getInputStream(), limit,
                () -> ApiException.payloadTooLarge(limit)));
        return context.proceed();
    }
}
