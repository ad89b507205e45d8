package org.sanctions.registry.common;

import java.util.List;

/** A failure with a known HTTP status and problem slug; mapped to application/problem+json by {@link ProblemMapper}. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final transient List<Violation> violations;

    public ApiException(int status, String slug, String title, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ApiException validation(List<Violation> violations) {
        String detail = violations.size() == 1
                ? "The request has 1 invalid field: " + violations.get(0).field() + " " + violations.get(0).message() + "."
                : "The request has " + violations.size() + " invalid fields.";
        return new ApiException(400, "validation-error", "Validation failed", detail, violations);
    }

    public static ApiException invalid(String field, String message) {
        return validation(List.of(new Violation(field, message)));
    }

    public static ApiException malformed(String detail) {
        return new ApiException(400, "malformed-request", "Malformed request", detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, List.of());
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, List.of());
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition required", detail, List.of());
    }

    public static ApiException payloadTooLarge(long limit) {
        return new ApiException(413, "payload-too-large", "Payload too large",
                "The request body exceeds the limit of " + limit + " bytes.", List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
