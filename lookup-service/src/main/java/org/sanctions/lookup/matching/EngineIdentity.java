package org.sanctions.lookup.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a result was computed with: the engine version and a hash of its scoring weights and every word list it
 * reads, so that an alert or a screening can be tied to the validation report of the same configuration.
 */
public final class EngineIdentity {

    /** The word lists shipped with the engine, in a fixed order (all of them enter the hash). */
    static final List<String> WORD_LISTS = List.of("honorifics.txt", "particles.txt", "stopwords.txt",
            "common-names.txt", "name-variants.txt", "legal-forms.txt", "abbreviations.txt", "generic-words.txt");

    private EngineIdentity() {
    }

    /** First 16 hex digits of SHA-256 over the weights and the word lists. */
    public static String configHash(ScoringWeights weights) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(weights.toString().getBytes(StandardCharsets.UTF_8));
            for (String list : WORD_LISTS) {
                sha.update(list.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = EngineIdentity.class.getResourceAsStream(list)) {
                    if (in == null) {
                        throw new IllegalStateException("missing lexicon resource " + list);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's word lists", e);
        }
    }

    /** The engine version as recorded on alerts and screenings: lookup-&lt;application version&gt;. */
    public static String version(String applicationVersion) {
        return "lookup-" + applicationVersion;
    }
}
