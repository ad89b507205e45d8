package org.sanctions.lookup.problem;

import java.util.List;

/** Thrown by services to answer with a specific problem (status, slug, detail, violations). */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String slug, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.violations = violations;
    }

    /** A 400 validation-error for one field. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation-error", "The request has invalid fields.",
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", detail, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
