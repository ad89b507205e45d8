package org.sanctions.registry.party;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A measure date between 1900 and 2100: anything outside is a typo, not a sanction. */
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface PlausibleDate {

    String message() default "must lie between 1900-01-01 and 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the span. */
    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
        private static final LocalDate MIN = LocalDate.of(1900, 1, 1);
        private static final LocalDate MAX = LocalDate.of(2100, 12, 31);

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(MIN) && !value.isAfter(MAX));
        }
    }
}
