package org.sanctions.registry.imports;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The registry's codes for the programs and authorities lists name. Lists are not strict about codes (OFAC writes
 * "CAATSA - RUSSIA" next to "SDGT", OpenSanctions names Ukrainian authorities in Cyrillic and EU programs by their
 * regulation's title); the registry is: upper-case ASCII letters, digits and '-' (programs also '.', '_'), at most
 * 64 characters. Text is transliterated to ASCII, other characters become one '-', and a program code that would
 * be too long keeps its start plus a hash of the whole, so the same list text always gives the same, distinct code;
 * the program created for it keeps the list's spelling as its name.
 */
final class RegistryCodes {

    private static final int MAX_PROGRAM = 64;
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private static final Pattern PROGRAM_OTHER = Pattern.compile("[^A-Z0-9._-]+");
    private static final Pattern AUTHORITY_OTHER = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern ENDS = Pattern.compile("^[._-]+|[._-]+$");

    private RegistryCodes() {
    }

    static String program(String listed) {
        String code = ENDS.matcher(DASHES.matcher(PROGRAM_OTHER.matcher(ascii(listed)).replaceAll("-"))
                .replaceAll("-")).replaceAll("");
        if (code.length() <= MAX_PROGRAM) {
            return code;
        }
        return code.substring(0, MAX_PROGRAM - 9).replaceAll("[._-]+$", "") + "-" + hash(listed);
    }

    static String authority(String listed) {
        return ENDS.matcher(AUTHORITY_OTHER.matcher(ascii(listed)).replaceAll("-")).replaceAll("");
    }

    private static String ascii(String text) {
        boolean plain = text.chars().allMatch(c -> c < 0x80);
        if (plain) {
            return text.toUpperCase(Locale.ROOT);
        }
        synchronized (TO_ASCII) { // an ICU transliterator is not safe for concurrent use
            return TO_ASCII.transliterate(text).toUpperCase(Locale.ROOT);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
