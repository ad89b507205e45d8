package org.sanctions.registry.changes;

import java.text.Normalizer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanctions.registry.common.QueryParams;

/** The body of an approval, rejection or withdrawal of a change request. */
@Schema(name = "ChangeDecisionRequest", description = "Why the change request is approved, rejected or withdrawn")
public record ChangeDecisionRequest(
        @Schema(example = "Checked against the Federal Register notice", nullable = true,
                description = "1-1000 characters; required for a rejection, optional otherwise; recorded with the "
                        + "decision and, for an approval, in the audit log of the applied change")
        String reason) {

    static final int MAX_REASON = 1000;

    /** The reason of {@code body} checked (400 when bad, or missing but required), NFC, or null when absent. */
    static String reasonOf(ChangeDecisionRequest body, boolean required) {
        QueryParams fields = new QueryParams();
        String raw = body == null || body.reason() == null ? null : body.reason().strip();
        String why = fields.text("reason", raw, Integer.MAX_VALUE);
        if (why == null && required) {
            fields.fail("reason", "is required: say why (it is recorded with the decision)");
        } else if (why != null && why.codePointCount(0, why.length()) > MAX_REASON) {
            fields.fail("reason", "must be at most " + MAX_REASON + " characters");
        }
        fields.done();
        return why == null ? null : Normalizer.normalize(why, Normalizer.Form.NFC);
    }
}
