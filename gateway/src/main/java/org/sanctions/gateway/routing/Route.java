package org.sanctions.gateway.routing;

import io.vertx.core.http.HttpMethod;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One row of the route table: a path pattern and the methods it covers, the roles that may call it, the service
 * that answers it, its body size class, and whether a call starts a long-running job.
 *
 * <p>Patterns are literal segments, {@code {name}} for exactly one segment, and a trailing {@code /**} for the path
 * itself and anything below it.
 */
public record Route(String pattern, Set<HttpMethod> methods, Upstream upstream, BodySize body, boolean job,
        Set<String> roles, Pattern regex) {

    /** Builds a row; {@code methods} is a comma-separated list such as {@code "POST,PUT,PATCH"}. */
    static Route of(String methods, String pattern, Upstream upstream, BodySize body, boolean job, String... roles) {
        Set<HttpMethod> parsed = Arrays.stream(methods.split(",")).map(String::trim).map(HttpMethod::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Route(pattern, parsed, upstream, body, job, Set.of(roles), compile(pattern));
    }

    /** Whether the normalized request path falls under this row, whatever the method. */
    public boolean matchesPath(String path) {
        return regex.matcher(path).matches();
    }

    /** Whether the caller's roles include one this row admits. */
    public boolean admits(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }

    private static Pattern compile(String pattern) {
        boolean subtree = pattern.endsWith("/**");
        String fixed = subtree ? pattern.substring(0, pattern.length() - 3) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String segment : fixed.substring(1).split("/")) {
            regex.append('/');
            regex.append(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
        }
        if (subtree) {
            regex.append("(?:/.*)?");
        }
        return Pattern.compile(regex.toString());
    }
}
