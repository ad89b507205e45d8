package org.sanctions.e2e;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up name words that no list holds, new on every call, for parties and customers that must match only each other. */
final class SyntheticNames {

    private static final String LETTERS = "bcdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";

    private SyntheticNames() {
    }

    /** A pronounceable word of eight letters such as "Vorelokasi". */
    static String word() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            w.append(LETTERS.charAt(r.nextInt(LETTERS.length()))).append(VOWELS.charAt(r.nextInt(VOWELS.length())));
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
