package org.sanctions.lookup.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem body, identical in every service (see CONVENTIONS). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
        List<Violation> violations) {

    /** One invalid field. */
    public record Violation(String field, String message) {
    }
}
