package org.sanctions.registry.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@code registry.max-body-bytes} with a 413 problem: early from Content-Length, and while reading for
 * chunked bodies. (The HTTP layer's own, higher limit answers 413 without a body, so it is only a backstop.)
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    // a provider is created before runtime configuration exists, so the config is looked up on first use
    private final jakarta.inject.Provider<RegistryConfig> config;

    public BodyLimit(jakarta.inject.Provider<RegistryConfig> config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = 2)
    public void checkDeclaredLength(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                && (length.length() > 18 || Long.parseLong(length) > config.get().maxBodyBytes())) {
            throw ApiException.payloadTooLarge(config.get().maxBodyBytes());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), config.get().maxBodyBytes()));
        return context.proceed();
    }

    /** Counts bytes as they are read and fails once the limit is passed. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw ApiException.payloadTooLarge(limit);
            }
        }
    }
}
