package org.sanctions.lookup.monitoring;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctions.lookup.matching.PartialDate;
import org.sanctions.lookup.problem.Problem;
import org.sanctions.lookup.problem.ProblemException;
import org.sanctions.lookup.problem.StorableText;
import org.sanctions.lookup.screening.OwnershipInput;
import org.sanctions.lookup.screening.OwnershipScreening;

/** The checks a customer passes beyond its annotations, the same for a single upsert and an upload row. */
final class CustomerValidation {

    private static final int MAX_ID = 200;

    private CustomerValidation() {
    }

    /** Throws a 400 problem naming the field when the id or a value the annotations cannot see is bad. */
    static void check(String customerId, CustomerRequest request) {
        if (customerId == null || customerId.isBlank() || customerId.length() > MAX_ID) {
            throw ProblemException.invalid("customerId", "must be 1 to " + MAX_ID + " characters");
        }
        StorableText.requireStorable("customerId", Collections.singletonList(customerId));
        StorableText.requireStorable("name", Collections.singletonList(request.name()));
        StorableText.requireStorable("otherNames", request.otherNames());
        if (request.birthDate() != null) {
            try {
                PartialDate.parse(request.birthDate());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("birthDate", e.getMessage());
            }
        }
        if (request.owners() != null) {
            OwnershipScreening.validate(request.owners(), "owners");
            ownerBirthDates(request.owners(), "owners");
        }
    }

    /** A partial birth date of an owner that matches the pattern but names no day (1957-13-45) is a 400 too. */
    private static void ownerBirthDates(List<OwnershipInput.Owner> owners, String field) {
        for (int i = 0; i < owners.size(); i++) {
            OwnershipInput.Owner o = owners.get(i);
            String ref = field + "[" + i + "]";
            if (o.birthDate() != null) {
                try {
                    PartialDate.parse(o.birthDate());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid(ref + ".birthDate", e.getMessage());
                }
            }
            ownerBirthDates(o.ownersOrEmpty(), ref + ".owners");
        }
    }

    /** Whether a customer of this id could have been stored (an id with a NUL character, say, never was). */
    static boolean couldExist(String customerId) {
        return customerId != null && !customerId.isBlank() && customerId.length() <= MAX_ID
                && StorableText.problemIn(customerId) == null;
    }

    /** The first violation of an upload row (annotations included), or empty when it is valid. */
    static Optional<Problem.Violation> firstViolation(Validator validator, String customerId, CustomerRequest request) {
        Optional<ConstraintViolation<CustomerRequest>> annotated = validator.validate(request).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()));
        if (annotated.isPresent()) {
            String field = annotated.get().getPropertyPath().toString().replaceAll("\\[\\d+]\\.<.*>$", "");
            return Optional.of(new Problem.Violation(field, annotated.get().getMessage()));
        }
        try {
            check(customerId, request);
            return Optional.empty();
        } catch (ProblemException e) {
            List<Problem.Violation> violations = e.violations();
            return Optional.of(violations == null || violations.isEmpty()
                    ? new Problem.Violation(null, e.getMessage()) : violations.get(0));
        }
    }
}
