package org.sanctions.lookup.screening;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who asked: token subject, client id (azp) and user name, recorded with every screening. */
public record Caller(String subject, String clientId, String username) {

    public static Caller of(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String azp = jwt.getClaim("azp");
            String user = jwt.getClaim("preferred_username");
            return new Caller(jwt.getSubject() != null ? jwt.getSubject() : jwt.getName(),
                    azp != null ? azp : jwt.getClaim("client_id"), user != null ? user : jwt.getName());
        }
        String name = identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new Caller(name, null, name);
    }
}
