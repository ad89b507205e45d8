package org.sanctions.lookup.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word lists behind normalisation and weighting: titles, particles, legal forms, name variants, common names. */
public final class Lexicon {

    /** A legal-form phrase (normalised tokens) and the class it belongs to, e.g. [o, o, o] -> llc. */
    public record LegalForm(String[] tokens, String canonical) {
    }

    private static final Lexicon DEFAULT = new Lexicon();

    private final Set<String> honorifics = words("honorifics.txt");
    private final Set<String> particles = words("particles.txt");
    private final Set<String> stopwords = words("stopwords.txt");
    private final Map<String, Integer> variantGroups = new HashMap<>();
    private final Set<Integer> commonGroups = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Map<String, List<LegalForm>> legalFormsByFirstToken = new HashMap<>();
    private final Map<String, String> abbreviations = new HashMap<>();

    private Lexicon() {
        List<String> groups = lines("name-variants.txt");
        for (int g = 0; g < groups.size(); g++) {
            for (String token : groups.get(g).split("\\s+")) {
                variantGroups.putIfAbsent(token, g);
            }
        }
        for (String line : lines("common-names.txt")) {
            for (String token : line.split("\\s+")) {
                commonWords.add(token);
                Integer group = variantGroups.get(token);
                if (group != null) {
                    commonGroups.add(group);
                }
            }
        }
        // generic business words weigh like common names: they say what a company does, not which one it is
        commonWords.addAll(words("generic-words.txt"));
        for (String line : lines("abbreviations.txt")) {
            String[] parts = line.split("=", 2);
            for (String abbreviation : parts[1].split("\\|")) {
                abbreviations.put(abbreviation.trim(), parts[0].trim());
            }
        }
        for (String line : lines("legal-forms.txt")) {
            String[] parts = line.split("=", 2);
            for (String variant : parts[1].split("\\|")) {
                String[] tokens = variant.trim().split("[\\s-]+");
                legalFormsByFirstToken.computeIfAbsent(tokens[0], k -> new ArrayList<>())
                        .add(new LegalForm(tokens, parts[0].trim()));
            }
        }
        // longest phrases first so "limited liability company" wins over "limited"
        legalFormsByFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().length - a.tokens().length));
    }

    /** The lexicon built from the word lists shipped with the engine. */
    public static Lexicon standard() {
        return DEFAULT;
    }

    public boolean isHonorific(String token) {
        return honorifics.contains(token);
    }

    public boolean isParticle(String token) {
        return particles.contains(token);
    }

    public boolean isStopword(String token) {
        return stopwords.contains(token);
    }

    /** Patronymic endings by gender: Vladimirovich and Uladzimirovich share the group of Vladimir's father-name. */
    private static final String[][] PATRONYMIC_ENDINGS = {{"ovich", "evich", "ovych", "yevich"},
        {"ovna", "evna", "ivna", "yevna"}};
    private static final int PATRONYMIC_GROUPS = 1_000_000;

    /**
     * Variant group of a name token (Muhammad, Mohammed, ... share one), or -1. A patronymic whose stem has a group
     * gets a group of its own per stem group and gender, so that variant fathers' names give variant patronymics.
     */
    public int variantGroup(String token) {
        Integer direct = variantGroups.get(token);
        if (direct != null) {
            return direct;
        }
        for (int gender = 0; gender < PATRONYMIC_ENDINGS.length; gender++) {
            for (String ending : PATRONYMIC_ENDINGS[gender]) {
                if (token.length() > ending.length() + 2 && token.endsWith(ending)) {
                    Integer stem = variantGroups.get(token.substring(0, token.length() - ending.length()));
                    return stem == null ? -1 : (gender + 1) * PATRONYMIC_GROUPS + stem;
                }
            }
        }
        return -1;
    }

    /** The word a business abbreviation stands for (intl: international), or the token itself. */
    public String expandAbbreviation(String token) {
        return abbreviations.getOrDefault(token, token);
    }

    /** Whether a token is a very common given name or surname (in any spelling), or a generic business word. */
    public boolean isCommon(String token) {
        if (commonWords.contains(token)) {
            return true;
        }
        Integer group = variantGroups.get(token);
        return group != null && commonGroups.contains(group);
    }

    /** The longest legal form that starts at tokens[from], or null. */
    public LegalForm legalFormAt(List<String> tokens, int from) {
        List<LegalForm> forms = legalFormsByFirstToken.get(tokens.get(from));
        if (forms == null) {
            return null;
        }
        for (LegalForm form : forms) {
            if (from + form.tokens().length <= tokens.size()
                    && Arrays.equals(form.tokens(), tokens.subList(from, from + form.tokens().length).toArray())) {
                return form;
            }
        }
        return null;
    }

    /** The longest legal form that ends at tokens[end - 1], or null. */
    public LegalForm legalFormEndingAt(List<String> tokens, int end) {
        LegalForm best = null;
        for (int from = Math.max(0, end - 8); from < end; from++) {
            LegalForm form = legalFormAt(tokens, from);
            if (form != null && from + form.tokens().length == end
                    && (best == null || form.tokens().length > best.tokens().length)) {
                best = form;
            }
        }
        return best;
    }

    private static Set<String> words(String resource) {
        Set<String> set = new HashSet<>();
        for (String line : lines(resource)) {
            set.addAll(Arrays.asList(line.split("\\s+")));
        }
        return set;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
        return out;
    }
}
