package org.sanctions.gateway.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The cache of verified bearer tokens ({@link VerifiedTokens}): whether it is used, how big, how long at most. */
@ConfigMapping(prefix = "gateway.token-cache")
public interface TokenCacheConfig {

    /** Whether a verified token's identity is reused for the token's later calls (false: every call is verified). */
    @WithDefault("true")
    boolean enabled();

    /** Most tokens held at once; when full, a new token is verified on every call until older ones expire. */
    @WithDefault("10000")
    int maxSize();

    /** Longest a token is held, however late it expires: also how long a revoked signing key is still honoured. */
    @WithDefault("5M")
    Duration maxLifetime();
}
