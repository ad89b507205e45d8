package org.sanctions.registry.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The registry's code for a program as a list writes it. Lists are not strict about codes (OFAC has "CAATSA - RUSSIA"
 * and "SOUTH SUDAN" next to "SDGT"), the registry is: upper-case letters, digits, '.', '_', '-'. Other characters
 * become one '-' and accents are dropped, so the same list code always gives the same registry code; the program
 * created for it keeps the list's spelling as its name.
 */
final class ProgramCodes {

    private ProgramCodes() {
    }

    static String of(String listed) {
        String plain = Normalizer.normalize(listed, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9._-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[._-]+|[._-]+$", "");
    }
}
