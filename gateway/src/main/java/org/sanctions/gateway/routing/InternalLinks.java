package org.sanctions.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the links a service puts in its answer headers (Location, Content-Location, Link) from the service's
 * internal address to the gateway's public base, the scheme and authority the caller used (which honour a trusted
 * proxy's X-Forwarded-* when quarkus.http.proxy.* is configured, as {@link ForwardedHeaders} does), or to a
 * relative reference when the request named no authority. An internal address is any absolute URL whose host and
 * port are a service's, under any loopback alias.
 */
final class InternalLinks {

    private static final List<String> LINK_HEADERS = List.of("Location", "Content-Location", "Link");
    private static final Pattern ABSOLUTE = Pattern.compile("(?i)\\bhttps?://([^/\\s<>;,\"?#]+)");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "0.0.0.0");

    private final Set<String> internalAuthorities;

    InternalLinks(List<URI> services) {
        Set<String> authorities = new HashSet<>();
        for (URI service : services) {
            int port = service.getPort() > 0 ? service.getPort() : "https".equalsIgnoreCase(service.getScheme()) ? 443 : 80;
            String host = service.getHost().toLowerCase(Locale.ROOT);
            authorities.add(host + ":" + port);
            if (LOOPBACK.contains(host)) {
                LOOPBACK.forEach(alias -> authorities.add(alias + ":" + port));
            }
            if (port == 80 || port == 443) {
                authorities.add(host);
            }
        }
        this.internalAuthorities = Set.copyOf(authorities);
    }

    /** Rewrites the link headers of a service's answer to the request's public base. */
    void rewrite(MultiMap headers, HttpServerRequest request) {
        String publicBase = publicBase(request);
        for (String name : LINK_HEADERS) {
            List<String> values = headers.getAll(name);
            if (values.isEmpty()) {
                continue;
            }
            List<String> rewritten = values.stream().map(value -> rewrite(value, publicBase)).toList();
            if (!rewritten.equals(values)) {
                headers.remove(name);
                rewritten.forEach(value -> headers.add(name, value));
            }
        }
    }

    String rewrite(String value, String publicBase) {
        Matcher matcher = ABSOLUTE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean internal = internalAuthorities.contains(matcher.group(1).toLowerCase(Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(internal ? publicBase : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Scheme and authority as the caller addressed the gateway, or "" (relative links) when unknown. */
    private static String publicBase(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return "";
        }
        return (request.scheme() == null ? "http" : request.scheme()) + "://" + authority;
    }
}
