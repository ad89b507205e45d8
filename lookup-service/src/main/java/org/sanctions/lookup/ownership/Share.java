package org.sanctions.lookup.ownership;

import java.math.BigDecimal;

/**
 * A holding in percent: exact (min equals max), a range min..max, or unknown (both null).
 */
public record Share(BigDecimal min, BigDecimal max) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Share {
        if ((min == null) != (max == null)) {
            throw new IllegalArgumentException("a share range needs both bounds");
        }
        if (min != null && (min.signum() < 0 || max.compareTo(HUNDRED) > 0 || min.compareTo(max) > 0)) {
            throw new IllegalArgumentException("a share must satisfy 0 <= min <= max <= 100, got " + min + ".." + max);
        }
    }

    public static Share exact(double percent) {
        BigDecimal p = BigDecimal.valueOf(percent);
        return new Share(p, p);
    }

    public static Share range(double min, double max) {
        return new Share(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static Share unknown() {
        return new Share(null, null);
    }

    public static Share none() {
        return exact(0);
    }

    public boolean known() {
        return min != null;
    }

    public boolean isRange() {
        return min != null && min.compareTo(max) != 0;
    }

    /** The bound a valuation uses. */
    BigDecimal value(Valuation v) {
        if (min == null) {
            return v == Valuation.MISSING_HIGH ? HUNDRED : BigDecimal.ZERO;
        }
        return v == Valuation.RANGE_HIGH ? max : min;
    }

    /** Which bound of each holding a pass of the rule uses. */
    enum Valuation {
        /** Lower bounds, unknown shares as zero: what is proven. */
        PROVEN,
        /** Lower bounds, unknown shares as 100%: what a missing share could still make true. */
        MISSING_HIGH,
        /** Upper bounds of ranges, unknown shares as zero: what the upper bounds would make true. */
        RANGE_HIGH
    }
}
