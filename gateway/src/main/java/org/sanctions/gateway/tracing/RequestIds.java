package org.sanctions.gateway.tracing;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids: the caller's X-Request-Id when it is a plausible id (1 to 128 characters of letters, digits and
 * {@code . _ : -}), otherwise a new UUID, so that nothing a caller sends can forge log lines or bloat headers.
 */
public final class RequestIds {

    /** The header that carries the id, in and out, to the services and back. */
    public static final String HEADER = "X-Request-Id";

    /** MDC key printed by the console log format as requestId=%X{requestId}. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** The id to use for a request that came with {@code offered} (possibly null). */
    public static String acceptOrGenerate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
