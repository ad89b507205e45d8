package org.sanctions.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Runs Bean Validation on a request record and turns failures into violations with body-relative field paths. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 validation problem listing every invalid field, or returns when the input is valid. */
    public <T> T check(T input) {
        if (input == null) {
            throw ApiException.malformed("A JSON request body is required.");
        }
        var failures = validator.validate(input);
        if (!failures.isEmpty()) {
            throw ApiException.validation(violations(failures));
        }
        return input;
    }

    public static List<Violation> violations(Collection<? extends ConstraintViolation<?>> failures) {
        return failures.stream()
                .map(v -> new Violation(path(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    /** Renders {@code names[0].fullName}; container-element nodes only contribute their index. */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }
}
