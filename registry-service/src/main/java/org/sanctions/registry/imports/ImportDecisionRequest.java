package org.sanctions.registry.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of an approval or a rejection. */
@Schema(name = "ImportDecisionRequest", description = "Why the delta is approved or rejected")
public record ImportDecisionRequest(
        @Schema(required = true, example = "Checked against the OFAC recent actions of 2024-05-03",
                description = "1-1000 characters; recorded with the decision (and, for an approval, with every change)")
        String reason) {
}
