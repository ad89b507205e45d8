package org.sanctions.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The merged API document: where browsers log in, the public base, and how the services' own documents are fetched. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** The realm URL as a browser reaches it (login from Swagger UI); defaults to quarkus.oidc.auth-server-url. */
    String publicAuthServerUrl();

    /** The gateway's base URL as clients reach it (servers of the merged document). */
    String publicBaseUrl();

    /** How long a service's document is reused before it is fetched again. */
    @WithDefault("60S")
    Duration cacheTtl();

    /** Longest wait for a service's document; past it the merged document says that part is missing. */
    @WithDefault("3S")
    Duration fetchTimeout();
}
