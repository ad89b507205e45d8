package org.sanctions.registry.party;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** Rules that span several fields of a party or of a birth date. */
public final class PartyRules {

    private PartyRules() {
    }

    /** A party has exactly one primary name, gender only for persons, no empty address, no source entry twice. */
    @Constraint(validatedBy = PartyCheck.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface ValidParty {
        String message() default "is not a consistent party";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Either one partial date or a from..to range, each a real date in a plausible span, from not after to. */
    @Constraint(validatedBy = BirthDateCheck.class)
    @Target(TYPE)
    @Retention(RUNTIME)
    @interface ValidBirthDate {
        String message() default "is not a valid birth date";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class PartyCheck implements ConstraintValidator<ValidParty, PartyInput> {
        @Override
        public boolean isValid(PartyInput p, ConstraintValidatorContext ctx) {
            Report report = new Report(ctx);
            long primaries = p.names().stream().filter(n -> n != null && n.type() == NameType.PRIMARY).count();
            if (!p.names().isEmpty() && primaries != 1) {
                report.add("names", "must contain exactly one name of type PRIMARY (found " + primaries + ")");
            }
            if (p.gender() != null && p.kind() != null && p.kind() != PartyKind.PERSON) {
                report.add("gender", "applies to persons only");
            }
            for (int i = 0; i < p.addresses().size(); i++) {
                if (p.addresses().get(i) != null && p.addresses().get(i).isEmpty()) {
                    report.add("addresses[" + i + "]", "must state at least one of street, city, region, postalCode, country");
                }
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < p.sources().size(); i++) {
                SourceRef s = p.sources().get(i);
                if (s != null && !seen.add(s.authority() + "\u0000" + s.list() + "\u0000" + s.sourceId())) {
                    report.add("sources[" + i + "]", "repeats an earlier source entry");
                }
            }
            for (int i = 0; i < p.relationships().size(); i++) {
                Relationship r = p.relationships().get(i);
                if (r != null) {
                    RelationshipRules.check(r, "relationships[" + i + "].", report::add);
                }
            }
            return report.ok();
        }
    }

    public static final class BirthDateCheck implements ConstraintValidator<ValidBirthDate, BirthDate> {
        @Override
        public boolean isValid(BirthDate b, ConstraintValidatorContext ctx) {
            Report report = new Report(ctx);
            boolean range = b.from() != null || b.to() != null;
            if (b.date() != null && range) {
                report.add("date", "give either date or from/to, not both");
            } else if (b.date() == null && !range) {
                report.add("date", "give a date (yyyy, yyyy-MM or yyyy-MM-dd) or a from/to range");
            } else if (b.date() != null) {
                report.addIf("date", PartialDates.problem(b.date()));
            } else if (b.from() == null || b.to() == null) {
                report.add(b.from() == null ? "from" : "to", "a range needs both from and to");
            } else {
                String fromProblem = PartialDates.problem(b.from());
                String toProblem = PartialDates.problem(b.to());
                report.addIf("from", fromProblem);
                report.addIf("to", toProblem);
                if (fromProblem == null && toProblem == null) {
                    LocalDate from = PartialDates.earliest(b.from());
                    if (from.isAfter(PartialDates.latest(b.to()))) {
                        report.add("to", "must not be before from");
                    }
                }
            }
            return report.ok();
        }
    }

    /** Adds violations on named sub-properties instead of one on the whole object. */
    private static final class Report {
        private final ConstraintValidatorContext ctx;
        private boolean ok = true;

        Report(ConstraintValidatorContext ctx) {
            this.ctx = ctx;
            ctx.disableDefaultConstraintViolation();
        }

        void addIf(String property, String message) {
            if (message != null) {
                add(property, message);
            }
        }

        void add(String property, String message) {
            ok = false;
            ctx.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(property).addConstraintViolation();
        }

        boolean ok() {
            return ok;
        }

        private static String escape(String message) {
            return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
