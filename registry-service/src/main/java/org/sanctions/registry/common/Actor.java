package org.sanctions.registry.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made a change: the token's subject, user name and client id (azp). */
@Schema(description = "Who made a change, from the access token")
public record Actor(
        @Schema(example = "0b5d3c4e-8f6a-4c1b-9e2d-7a8b9c0d1e2f") String subject,
        @Schema(example = "editor") String username,
        @Schema(example = "sanctions-cli") String clientId) {
}
