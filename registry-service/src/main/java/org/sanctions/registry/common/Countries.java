package org.sanctions.registry.common;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** ISO 3166-1 alpha-2 codes as the JDK knows them, plus XK (Kosovo, user-assigned but used by OFAC, EU and UN lists). */
public final class Countries {

    private static final Set<String> CODES = Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }
}
