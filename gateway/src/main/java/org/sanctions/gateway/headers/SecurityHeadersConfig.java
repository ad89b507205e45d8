package org.sanctions.gateway.headers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Security headers on every response. In the policies, {@code {identity-provider}} stands for the origin of the
 * Keycloak realm the browser talks to (gateway.openapi.public-auth-server-url, else quarkus.oidc.auth-server-url).
 */
@ConfigMapping(prefix = "gateway.headers")
public interface SecurityHeadersConfig {

    /** Content-Security-Policy of everything but the API documentation: the web UI served at / and the API. */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self' {identity-provider}; frame-src {identity-provider};"
            + " form-action 'self' {identity-provider}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
    String contentSecurityPolicy();

    /** Content-Security-Policy of Swagger UI (/q/swagger-ui), whose page configures itself with inline script. */
    @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self' {identity-provider}; form-action 'self' {identity-provider};"
            + " frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
    String docsContentSecurityPolicy();

    /** Referrer-Policy. */
    @WithDefault("no-referrer")
    String referrerPolicy();

    /** Strict-Transport-Security settings. */
    Hsts hsts();

    /** HTTP Strict Transport Security: browsers ignore it over plain http, so it is safe to send by default. */
    interface Hsts {

        /** Whether to send Strict-Transport-Security. */
        @WithDefault("true")
        boolean enabled();

        /** max-age. */
        @WithDefault("365D")
        Duration maxAge();

        /** Whether the policy covers sub-domains. */
        @WithDefault("false")
        boolean includeSubDomains();
    }

    /** Overrides the identity provider origin used in the policies. */
    Optional<String> identityProviderOrigin();
}
