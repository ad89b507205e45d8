package org.sanctions.gateway.identity;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller as the gateway sees it: who, through which client, with which realm roles. */
@Schema(name = "Me", description = "The authenticated caller")
public record Me(
        @Schema(description = "Token subject (sub): the user's or service account's id",
                example = "5f0c8a5e-0d2b-4d55-9a83-8c7f4a8e6c21") String subject,
        @Schema(description = "preferred_username", example = "officer") String username,
        @Schema(description = "The client the token was issued to (azp)", example = "sanctions-cli") String clientId,
        @Schema(description = "Realm roles, sorted", example = "[\"compliance-officer\"]") List<String> roles) {

    /** Reads the caller from the verified access token and the roles Quarkus derived from it. */
    static Me of(JsonWebToken token, SecurityIdentity identity) {
        return new Me(token.getSubject(), token.getClaim("preferred_username"), token.getClaim("azp"),
                identity.getRoles().stream().sorted().toList());
    }
}
