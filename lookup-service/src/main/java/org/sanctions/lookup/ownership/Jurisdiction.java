package org.sanctions.lookup.ownership;

import java.math.BigDecimal;

/**
 * The three readings of "owned or controlled by a blocked person" this service applies.
 *
 * <p>US (OFAC 50 Percent Rule, revised guidance of 13 August 2014, FAQ 398-401): 50 percent or more, in the aggregate,
 * directly or indirectly, by one or more blocked persons; control alone does not count. EU (Council "Best Practices"
 * and the Commission's consolidated FAQ on Regulation 269/2014, Q8 of 8 April 2022: one listed person with 30% and
 * another with 25% make the entity "owned by listed persons"): more than 50%, holdings of different listed persons
 * aggregated, or controlled. UK (OFSI General Guidance, chapter 4, para 4.14 of March 2022): more than 50% of shares or
 * voting rights held by one designated person, or control; OFSI "would not simply aggregate" different designated
 * persons' holdings unless held under a joint arrangement, which this model does not represent.
 */
public enum Jurisdiction {
    US(new BigDecimal("50"), true, true, false),
    EU(new BigDecimal("50"), false, true, true),
    UK(new BigDecimal("50"), false, false, true);

    private final BigDecimal threshold;
    private final boolean thresholdInclusive;
    private final boolean aggregates;
    private final boolean countsControl;

    Jurisdiction(BigDecimal threshold, boolean thresholdInclusive, boolean aggregates, boolean countsControl) {
        this.threshold = threshold;
        this.thresholdInclusive = thresholdInclusive;
        this.aggregates = aggregates;
        this.countsControl = countsControl;
    }

    /** The jurisdiction whose rule applies to a measure by this authority (US-OFAC; EU, EU-*; UK, UK-*), or null. */
    public static Jurisdiction ofAuthority(String authority) {
        if (authority == null) {
            return null;
        }
        if (authority.equals("US-OFAC")) {
            return US;
        }
        if (authority.equals("EU") || authority.startsWith("EU-")) {
            return EU;
        }
        return authority.equals("UK") || authority.startsWith("UK-") ? UK : null;
    }

    /** Whether a blocked holding of this size (percent) makes the held entity blocked. */
    public boolean reaches(BigDecimal percent) {
        int c = percent.compareTo(threshold);
        return thresholdInclusive ? c >= 0 : c > 0;
    }

    /** Whether holdings of different blocked owners are added up. */
    public boolean aggregates() {
        return aggregates;
    }

    /** Whether control without a qualifying holding is enough. */
    public boolean countsControl() {
        return countsControl;
    }

    /** The rule in one line, for answers and reports. */
    public String rule() {
        return switch (this) {
            case US -> "owned 50% or more in the aggregate, directly or indirectly, by blocked persons (control alone"
                    + " does not count)";
            case EU -> "owned more than 50% (listed persons' holdings aggregated) or controlled by listed persons";
            case UK -> "more than 50% of shares or voting rights held by one designated person, or controlled by one"
                    + " (holdings of different designated persons not aggregated)";
        };
    }
}
