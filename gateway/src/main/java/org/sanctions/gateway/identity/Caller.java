package org.sanctions.gateway.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sent a request, as proactive authentication left it on the routing context: the client the token was issued
 * to (azp), the user name and the realm roles; anonymous when no bearer token came with it.
 */
public record Caller(boolean authenticated, String clientId, String username, Set<String> roles) {

    private static final Caller ANONYMOUS = new Caller(false, null, null, Set.of());

    /** The caller of a request whose authentication has already run (it runs before every route). */
    public static Caller of(RoutingContext context) {
        if (!(context.user() instanceof QuarkusHttpUser user)) {
            return ANONYMOUS;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String clientId = null;
        String username = identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            clientId = token.getClaim("azp");
            String preferred = token.getClaim("preferred_username");
            username = preferred != null ? preferred : username;
        }
        return new Caller(true, clientId, username, identity.getRoles());
    }

    /** Whether the caller holds at least one of the roles. */
    public boolean hasAnyOf(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
