package org.sanctions.lookup.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a name in any script into identifying tokens: NFKC, romanisation, case, punctuation, titles, legal forms. */
public final class NameNormalizer {

    /** Three or more dotted letters are one acronym: A.B.C. is ABC (two, J.C., stay initials). */
    private static final java.util.regex.Pattern DOTTED_ACRONYM =
            java.util.regex.Pattern.compile("(?<!\\p{L})(?:\\p{L}\\.){2,}\\p{L}(?:\\.|(?!\\p{L}))");
    /** A lower-case letter followed by an upper-case one joins two words written together (SergeiLavrov). */
    private static final java.util.regex.Pattern CAMEL_CASE =
            java.util.regex.Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");

    private static final String[] PATRONYMIC_SUFFIXES = {"ovich", "evich", "ovna", "evna", "ichna", "oglu", "ogly",
        "kyzy", "qizi", "ovych", "ivna"};
    /** German, Dutch, French, Hungarian, Belarusian and Arabic spellings of -ovich, read as the English one. */
    private static final String[][] PATRONYMIC_SPELLINGS = {{"owitsch", "ovich"}, {"ewitsch", "evich"},
        {"owitsj", "ovich"}, {"ovitsj", "ovich"}, {"ovitch", "ovich"}, {"evitch", "evich"}, {"owitch", "ovich"},
        {"ovics", "ovich"}, {"avich", "ovich"}, {"wfytsh", "ovich"}, {"ovits", "ovich"}};

    private final Lexicon lexicon;

    public NameNormalizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Loads the ICU transliterators of the common scripts up front, so the first screenings are not slow. */
    public static void warmUp() {
        for (String sample : new String[] {"Владимир", "Володимир", "محمد", "משה", "Αλέξανδρος", "李明", "김정은",
            "ウラジーミル", "สมชาย", "ვლადიმერ", "Վլադիմիր", "व्लादिमीर", "Präsident"}) {
            Transliteration.romanize(sample);
        }
    }

    /** Normalises a name; kind (may be null) decides whether legal forms or personal titles are expected. */
    public NormalizedName normalize(String raw, Kind kind) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        nfkc = DOTTED_ACRONYM.matcher(nfkc).replaceAll(m -> m.group().replace(".", ""));
        nfkc = CAMEL_CASE.matcher(nfkc).replaceAll("-"); // a hyphen: the parts may still be read as one
        java.util.Set<String> multiLetterInitials = Initials.multiLetter(nfkc);
        Transliteration.Romanized romanized = Transliteration.romanize(nfkc);
        List<String> words = new ArrayList<>();
        List<Boolean> hyphenated = new ArrayList<>();
        split(romanized.text().toLowerCase(Locale.ROOT), words, hyphenated);
        NumberWords.normalize(words, hyphenated);
        words.replaceAll(NameNormalizer::patronymicSpelling);
        joinAbd(words, hyphenated);
        List<String> dropped = new ArrayList<>();
        String legalForm = kind == Kind.PERSON ? null : stripLegalForms(words, hyphenated, dropped);
        if (kind != Kind.PERSON) {
            // after the legal forms: at the ends "Co." and "Corp." are forms, inside a name they are words
            words.replaceAll(lexicon::expandAbbreviation);
        }
        stripTitlesAndStopwords(words, hyphenated, dropped, kind);
        List<NameToken> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            TokenRole role = role(words.get(i), words.size(), kind, multiLetterInitials);
            tokens.add(new NameToken(words.get(i), role, hyphenated.get(i), romanized.vowelless(),
                    romanized.transliterated(), romanized.syllabic()));
        }
        return new NormalizedName(raw, List.copyOf(tokens), legalForm, List.copyOf(dropped));
    }

    /** Abd ("servant of") and its spellings, which form one name with the word after them. */
    private static final java.util.Set<String> ABD = java.util.Set.of("abd", "abdul", "abdel", "abdal", "abdol",
            "abdoul", "abdool", "abdu", "abdur", "abdus", "abdoel");
    /** The Arabic article and its assimilated forms before sun letters. */
    private static final java.util.Set<String> ARTICLE = java.util.Set.of("al", "el", "ul", "ad", "ar", "as", "ash",
            "at", "az", "an", "ed", "er", "es", "et", "ez", "en", "ud", "ur", "us", "ut", "uz", "un");

    /**
     * Abd Allah, Abdul Rahman, Abd al-Rahman and Abdel Aziz are one name each (Abdallah, Abdulrahman): Abd and the
     * article, if any, are joined with the next word, as Arabic writes them and as most lists do.
     */
    private static void joinAbd(List<String> words, List<Boolean> hyphenated) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!ABD.contains(words.get(i))) {
                continue;
            }
            int last = i + 1;
            if (ARTICLE.contains(words.get(last)) && last + 1 < words.size()) {
                last++;
            }
            if (words.get(last).length() < 2 || ABD.contains(words.get(last))) {
                continue;
            }
            StringBuilder joined = new StringBuilder(words.get(i));
            for (int k = i + 1; k <= last; k++) {
                joined.append(words.get(k));
            }
            boolean hyphen = hyphenated.get(last);
            for (int k = last; k > i; k--) {
                words.remove(k);
                hyphenated.remove(k);
            }
            words.set(i, joined.toString());
            hyphenated.set(i, hyphen);
        }
    }

    private static void split(String text, List<String> words, List<Boolean> hyphenated) {
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (Character.isLetterOrDigit(c) && type != Character.MODIFIER_LETTER) {
                current.append(c);
            } else if (isApostrophe(c) || type == Character.MODIFIER_LETTER || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue; // O'Neill, ʿAli: the mark joins, it does not separate
            } else {
                boolean hyphen = c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
                flush(current, words, hyphenated, hyphen);
            }
        }
        flush(current, words, hyphenated, false);
    }

    private static void flush(StringBuilder current, List<String> words, List<Boolean> hyphenated, boolean hyphen) {
        if (current.length() > 0) {
            words.add(current.toString());
            hyphenated.add(hyphen);
            current.setLength(0);
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc';
    }

    // "CO., LTD." carries two forms: strip every form at the end, then one at the start (OOO Romashka)
    private String stripLegalForms(List<String> words, List<Boolean> hyphenated, List<String> dropped) {
        String found = null;
        Lexicon.LegalForm form = words.size() > 1 ? lexicon.legalFormEndingAt(words, words.size()) : null;
        while (form != null && form.tokens().length < words.size()) {
            found = found == null ? form.canonical() : found;
            remove(words, hyphenated, dropped, words.size() - form.tokens().length, form.tokens().length);
            form = words.size() > 1 ? lexicon.legalFormEndingAt(words, words.size()) : null;
        }
        form = words.size() > 1 ? lexicon.legalFormAt(words, 0) : null;
        if (form != null && form.tokens().length < words.size()) {
            found = found == null ? form.canonical() : found;
            remove(words, hyphenated, dropped, 0, form.tokens().length);
        }
        return found;
    }

    private void stripTitlesAndStopwords(List<String> words, List<Boolean> hyphenated, List<String> dropped,
            Kind kind) {
        for (int i = 0; i < words.size() && words.size() > 1; ) {
            String w = words.get(i);
            boolean title = lexicon.isHonorific(w) && (kind == Kind.PERSON || (kind == null && i == 0));
            if (title || lexicon.isStopword(w)) {
                remove(words, hyphenated, dropped, i, 1);
            } else {
                i++;
            }
        }
    }

    private static void remove(List<String> words, List<Boolean> hyphenated, List<String> dropped, int from, int n) {
        for (int k = 0; k < n; k++) {
            dropped.add(words.remove(from));
            hyphenated.remove(from);
        }
        if (from > 0 && from <= hyphenated.size() && from == words.size()) {
            hyphenated.set(from - 1, false);
        }
    }

    private static String patronymicSpelling(String word) {
        if (word.length() >= 8) {
            for (String[] spelling : PATRONYMIC_SPELLINGS) {
                if (word.endsWith(spelling[0])) {
                    return word.substring(0, word.length() - spelling[0].length()) + spelling[1];
                }
            }
        }
        return word;
    }

    private TokenRole role(String word, int count, Kind kind, java.util.Set<String> multiLetterInitials) {
        if (count > 1 && (word.length() == 1 && Character.isLetter(word.charAt(0))
                || multiLetterInitials.contains(word))) {
            return TokenRole.INITIAL;
        }
        if (count > 1 && lexicon.isParticle(word)) {
            return TokenRole.PARTICLE;
        }
        if (kind != Kind.ORGANIZATION && kind != Kind.VESSEL && word.length() >= 7) {
            for (String suffix : PATRONYMIC_SUFFIXES) {
                if (word.endsWith(suffix)) {
                    return TokenRole.PATRONYMIC;
                }
            }
        }
        return TokenRole.CONTENT;
    }
}
