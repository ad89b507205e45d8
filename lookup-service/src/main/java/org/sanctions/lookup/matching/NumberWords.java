package org.sanctions.lookup.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Writes numbers one way: "Forty-Four", "forty 4" and "44" become 44; "First" and "1st" become 1. */
final class NumberWords {

    private static final Map<String, Integer> VALUES = new HashMap<>();
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(st|nd|rd|th)");

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] ordinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth"};
        for (int i = 0; i < units.length; i++) {
            VALUES.put(units[i], i);
            VALUES.put(ordinals[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tenOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
            "eightieth", "ninetieth"};
        for (int i = 0; i < tens.length; i++) {
            VALUES.put(tens[i], (i + 2) * 10);
            VALUES.put(tenOrdinals[i], (i + 2) * 10);
        }
        VALUES.put("fourty", 40); // a common misspelling
    }

    private NumberWords() {
    }

    /** Rewrites number words in place; hyphenated keeps the flags aligned with the words. */
    static void normalize(List<String> words, List<Boolean> hyphenated) {
        for (int i = 0; i < words.size(); i++) {
            Integer value = value(words.get(i));
            if (value == null) {
                continue;
            }
            if (value >= 20 && value % 10 == 0 && i + 1 < words.size()) {
                Integer next = value(words.get(i + 1));
                if (next != null && next > 0 && next < 10) {
                    value += next;
                    hyphenated.set(i, hyphenated.get(i + 1));
                    words.remove(i + 1);
                    hyphenated.remove(i + 1);
                }
            }
            words.set(i, String.valueOf(value));
        }
    }

    private static Integer value(String word) {
        Integer v = VALUES.get(word);
        if (v != null) {
            return v;
        }
        if (ORDINAL_DIGITS.matcher(word).matches()) {
            return Integer.valueOf(word.substring(0, word.length() - 2));
        }
        return word.chars().allMatch(Character::isDigit) && word.length() <= 2 ? Integer.valueOf(word) : null;
    }
}
