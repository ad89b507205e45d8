package org.sanctions.gateway.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sent a request, as proactive authentication left it on the routing context: the client the token was issued
 * to (azp), the user name, the realm roles, and the subject of a user (null for a machine client's own token, whose
 * subject is the client's service account); anonymous when no bearer token came with it.
 */
public record Caller(boolean authenticated, String clientId, String username, Set<String> roles, String userSubject) {

    private static final Caller ANONYMOUS = new Caller(false, null, null, Set.of(), null);
    /** Keycloak's user name of a client's service account, the subject of a client-credentials token. */
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

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
        String userSubject = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            clientId = token.getClaim("azp");
            String preferred = token.getClaim("preferred_username");
            username = preferred != null ? preferred : username;
            userSubject = isServiceAccount(token, username) ? null : token.getSubject();
        }
        return new Caller(true, clientId, username, identity.getRoles(), userSubject);
    }

    /** Whether the token is a client's own (client credentials): Keycloak names its service account and client. */
    private static boolean isServiceAccount(JsonWebToken token, String username) {
        return token.containsClaim("client_id") || token.containsClaim("clientId")
                || username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX);
    }

    /** Whether the caller holds at least one of the roles. */
    public boolean hasAnyOf(Set<String> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
