package org.sanctions.gateway.headers;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.sanctions.gateway.openapi.OpenApiConfig;

/**
 * Sets the security headers on every response just before they are written, so that they hold for the gateway's
 * own pages and problems as much as for the services' answers (a service's own values are replaced).
 */
@ApplicationScoped
public class SecurityHeaders {

    private static final String DOCS_PATH = "/q/swagger-ui";

    private final String policy;
    private final String docsPolicy;
    private final String referrerPolicy;
    private final String hsts;

    public SecurityHeaders(SecurityHeadersConfig config, OpenApiConfig openApi) {
        String origin = config.identityProviderOrigin().orElseGet(() -> origin(openApi.publicAuthServerUrl()));
        this.policy = config.contentSecurityPolicy().replace("{identity-provider}", origin);
        this.docsPolicy = config.docsContentSecurityPolicy().replace("{identity-provider}", origin);
        this.referrerPolicy = config.referrerPolicy();
        SecurityHeadersConfig.Hsts h = config.hsts();
        this.hsts = h.enabled()
                ? "max-age=" + h.maxAge().toSeconds() + (h.includeSubDomains() ? "; includeSubDomains" : "")
                : null;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 390);
    }

    void handle(RoutingContext context) {
        boolean docs = context.normalizedPath().startsWith(DOCS_PATH);
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", docs ? docsPolicy : policy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", referrerPolicy);
            if (hsts != null) {
                headers.set("Strict-Transport-Security", hsts);
            }
        });
        context.next();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
