package org.sanctions.lookup.matching;

/**
 * One normalised token of a name.
 *
 * @param text lower-case ASCII (or the original letters when no romanisation exists)
 * @param role evidence class of the token
 * @param hyphenatedWithNext the source wrote it joined to the next token by a hyphen (Ka-chiu)
 * @param vowelless romanised from a script that omits short vowels (Arabic, Hebrew, Thai)
 * @param transliterated romanised from a non-Latin script
 * @param syllabic romanised from Han: a pinyin syllable, matched exactly or by variant table, never by edit distance
 */
public record NameToken(String text, TokenRole role, boolean hyphenatedWithNext, boolean vowelless,
        boolean transliterated, boolean syllabic) {
}
