package org.sanctions.registry.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An upper-case ISO 3166-1 alpha-2 country code (see {@link Countries}); null is allowed, use @NotNull to forbid it. */
@Documented
@Constraint(validatedBy = CountryCode.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {

    String message() default "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. CN, HK, US";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates against the JDK's ISO 3166 list. */
    class Check implements ConstraintValidator<CountryCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Countries.isCode(value);
        }
    }
}
