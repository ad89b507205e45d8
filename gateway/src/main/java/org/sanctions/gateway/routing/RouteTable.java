package org.sanctions.gateway.routing;

import static org.sanctions.gateway.routing.BodySize.BATCH;
import static org.sanctions.gateway.routing.BodySize.IMPORT;
import static org.sanctions.gateway.routing.BodySize.JSON;
import static org.sanctions.gateway.routing.BodySize.UPLOAD;
import static org.sanctions.gateway.routing.Roles.ALERT_ANALYST;
import static org.sanctions.gateway.routing.Roles.ALERT_REVIEWER;
import static org.sanctions.gateway.routing.Roles.AUDITOR;
import static org.sanctions.gateway.routing.Roles.COMPLIANCE_OFFICER;
import static org.sanctions.gateway.routing.Roles.FEED_READER;
import static org.sanctions.gateway.routing.Roles.REGISTRY_EDITOR;
import static org.sanctions.gateway.routing.Roles.SCREENING_CLIENT;
import static org.sanctions.gateway.routing.Upstream.LOOKUP;
import static org.sanctions.gateway.routing.Upstream.REGISTRY;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one declared table of what the gateway forwards, to which service, and who may call it (the authorization
 * matrix of README.md, "Endpoints"). Rows are tried in order and the first whose pattern and method match wins, so the
 * specific rows come before the general ones. A path outside every row is not the gateway's to forward.
 */
public final class RouteTable {

    /** Every route the gateway forwards. Columns: methods, pattern, service, body size, starts a job?, roles. */
    public static final List<Route> ROUTES = List.of(
            // registry: parties and their measures, history, snapshot export
            Route.of("GET", "/api/v1/parties/export", REGISTRY, JSON, false, FEED_READER, AUDITOR),
            Route.of("GET", "/api/v1/parties/**", REGISTRY, JSON, false,
                    COMPLIANCE_OFFICER, AUDITOR, REGISTRY_EDITOR),
            Route.of("POST,PUT,PATCH", "/api/v1/parties/**", REGISTRY, JSON, false, REGISTRY_EDITOR),
            Route.of("DELETE", "/api/v1/parties/{id}/relationships/{key}", REGISTRY, JSON, false, REGISTRY_EDITOR),
            // registry: programs (legal bases)
            Route.of("GET", "/api/v1/programs/**", REGISTRY, JSON, false,
                    COMPLIANCE_OFFICER, AUDITOR, REGISTRY_EDITOR),
            Route.of("POST,PUT,PATCH", "/api/v1/programs/**", REGISTRY, JSON, false, REGISTRY_EDITOR),
            // registry: audit log (events, chain verification, CSV export) and the change feed
            Route.of("GET", "/api/v1/audit/**", REGISTRY, JSON, false, AUDITOR, COMPLIANCE_OFFICER),
            Route.of("GET", "/api/v1/changes", REGISTRY, JSON, false, FEED_READER, AUDITOR),
            // registry: list imports (file upload, then a job to follow)
            Route.of("POST", "/api/v1/imports", REGISTRY, IMPORT, true, REGISTRY_EDITOR),
            // a second person reviews an import's delta: approval or rejection
            Route.of("GET", "/api/v1/imports/{id}/delta", REGISTRY, JSON, false, REGISTRY_EDITOR, COMPLIANCE_OFFICER),
            Route.of("POST", "/api/v1/imports/{id}/approval", REGISTRY, JSON, false, REGISTRY_EDITOR,
                    COMPLIANCE_OFFICER),
            Route.of("POST", "/api/v1/imports/{id}/rejection", REGISTRY, JSON, false, REGISTRY_EDITOR,
                    COMPLIANCE_OFFICER),
            Route.of("GET", "/api/v1/imports/**", REGISTRY, JSON, false, REGISTRY_EDITOR),
            // registry: change requests (maker-checker): editors decide, the registry keeps the maker out
            Route.of("GET", "/api/v1/change-requests/**", REGISTRY, JSON, false,
                    REGISTRY_EDITOR, COMPLIANCE_OFFICER, AUDITOR),
            Route.of("POST", "/api/v1/change-requests/{id}/{decision}", REGISTRY, JSON, false, REGISTRY_EDITOR),
            // registry: list sources (settings, freshness) and a check on request
            Route.of("GET", "/api/v1/sources/**", REGISTRY, JSON, false,
                    COMPLIANCE_OFFICER, AUDITOR, REGISTRY_EDITOR),
            Route.of("PUT", "/api/v1/sources/{id}", REGISTRY, JSON, false, REGISTRY_EDITOR),
            Route.of("POST", "/api/v1/sources/{id}/fetches", REGISTRY, JSON, false, REGISTRY_EDITOR),
            // lookup: screening (single, batch), evidence, jobs, search
            Route.of("POST", "/api/v1/screenings", LOOKUP, JSON, false,
                    SCREENING_CLIENT, COMPLIANCE_OFFICER, REGISTRY_EDITOR),
            Route.of("POST", "/api/v1/screenings/batch", LOOKUP, BATCH, false,
                    SCREENING_CLIENT, COMPLIANCE_OFFICER, REGISTRY_EDITOR),
            Route.of("GET", "/api/v1/screenings/**", LOOKUP, JSON, false, AUDITOR),
            Route.of("POST", "/api/v1/screening-jobs", LOOKUP, UPLOAD, true,
                    SCREENING_CLIENT, COMPLIANCE_OFFICER, REGISTRY_EDITOR),
            Route.of("GET", "/api/v1/screening-jobs/**", LOOKUP, JSON, false,
                    SCREENING_CLIENT, COMPLIANCE_OFFICER, REGISTRY_EDITOR),
            Route.of("GET", "/api/v1/search", LOOKUP, JSON, false, COMPLIANCE_OFFICER, REGISTRY_EDITOR, AUDITOR),
            // lookup: monitoring (customer books, uploads, alerts with four-eyes decisions, webhooks)
            Route.of("PUT,DELETE", "/api/v1/customers/{customerId}", LOOKUP, JSON, false, SCREENING_CLIENT),
            Route.of("GET", "/api/v1/customers/**", LOOKUP, JSON, false,
                    SCREENING_CLIENT, ALERT_ANALYST, ALERT_REVIEWER),
            Route.of("POST", "/api/v1/customer-uploads", LOOKUP, UPLOAD, true, SCREENING_CLIENT),
            Route.of("GET", "/api/v1/customer-uploads/**", LOOKUP, JSON, false, SCREENING_CLIENT),
            Route.of("POST", "/api/v1/customer-rescreens", LOOKUP, JSON, false, SCREENING_CLIENT),
            Route.of("GET", "/api/v1/customer-rescreens/**", LOOKUP, JSON, false, SCREENING_CLIENT, AUDITOR),
            Route.of("POST", "/api/v1/alerts/{id}/decisions", LOOKUP, JSON, false, ALERT_ANALYST, ALERT_REVIEWER),
            Route.of("GET", "/api/v1/alerts/**", LOOKUP, JSON, false,
                    SCREENING_CLIENT, ALERT_ANALYST, ALERT_REVIEWER, AUDITOR),
            Route.of("GET,POST,DELETE", "/api/v1/webhook-endpoints/**", LOOKUP, JSON, false, SCREENING_CLIENT));

    private RouteTable() {
    }

    /** What the table says about a request. */
    public sealed interface Resolution {
    }

    /** A row matches path and method. */
    public record Matched(Route route) implements Resolution {
    }

    /**
     * Rows match the path but none the method; {@code allowed} lists the methods that would match, {@code pattern}
     * is the first such row's pattern.
     */
    public record MethodNotAllowed(Set<String> allowed, String pattern) implements Resolution {
    }

    /** No row matches the path: not a forwarded route. */
    public record NotRouted() implements Resolution {
    }

    /** Looks a request up in the table. */
    public static Resolution resolve(HttpMethod method, String normalizedPath) {
        Set<String> allowed = new TreeSet<>();
        String pattern = null;
        for (Route route : ROUTES) {
            if (route.matchesPath(normalizedPath)) {
                if (route.methods().contains(method)) {
                    return new Matched(route);
                }
                route.methods().forEach(m -> allowed.add(m.name()));
                pattern = pattern == null ? route.pattern() : pattern;
            }
        }
        return allowed.isEmpty() ? new NotRouted() : new MethodNotAllowed(allowed, pattern);
    }
}
