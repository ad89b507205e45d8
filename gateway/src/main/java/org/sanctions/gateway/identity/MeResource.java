package org.sanctions.gateway.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanctions.gateway.problem.Problem;

/** Who am I: lets any caller check the token it holds before calling the real API. */
@Path("/api/v1/me")
@Tag(name = "Identity", description = "The authenticated caller")
public class MeResource {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public MeResource(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe",
            summary = "The caller: subject, user name, client and realm roles of the bearer token")
    @APIResponse(responseCode = "200", description = "The token is valid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class),
                    examples = @ExampleObject(name = "officer", value = """
                            {"subject":"5f0c8a5e-0d2b-4d55-9a83-8c7f4a8e6c21","username":"officer",
                             "clientId":"sanctions-cli","roles":["compliance-officer"]}""")))
    @APIResponse(responseCode = "401", description = "No token, or a token that is invalid, expired or foreign",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing token", value = """
                            {"type":"urn:sanctions:problem:unauthorized","title":"Unauthorized","status":401,
                             "detail":"A bearer access token from the sanctions realm is required.",
                             "instance":"/api/v1/me"}""")))
    public Me me() {
        return Me.of(token, identity);
    }
}
