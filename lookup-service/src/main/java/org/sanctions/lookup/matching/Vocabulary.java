package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct tokens of all indexed names with their comparison keys and postings (which names contain them).
 * Fuzzy lookup works on this vocabulary, not per name: a query token is compared with the few vocabulary tokens
 * that share a key (variant group, Double Metaphone code, consonant skeleton, one-deletion neighbour).
 */
final class Vocabulary {

    private static final int MAX_PER_KEY = 400;
    private static final int MAX_CACHED = 200_000;

    /** The vocabulary tokens a query token resembles, and how; cached because customer names repeat. */
    record Resolution(int[] ids, TokenSimilarity.Result[] results) {
    }

    // cleared whenever a token is added: a new token may resemble a cached query token
    private final java.util.concurrent.ConcurrentHashMap<String, Resolution> resolutions =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Lexicon lexicon;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<TokenFeatures> features = new ArrayList<>();
    private final List<IntList> postings = new ArrayList<>();
    private final Map<String, IntList> keys = new HashMap<>();
    private int[] liveCount = new int[1024];
    /** Tokens some listed name spells in a script without short vowels (Arabic): compared by script alignment. */
    private final java.util.BitSet vowelless = new java.util.BitSet();

    Vocabulary(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Id of a token, registering it (and its lookup keys) on first sight. */
    int intern(String text) {
        return intern(text, false);
    }

    /**
     * Id of a token; fromVowellessScript marks a token a listed name writes in Arabic script, which Latin query
     * tokens then find by consonant skeleton and compare by script alignment.
     */
    int intern(String text, boolean fromVowellessScript) {
        Integer known = ids.get(text);
        int id = known != null ? known : register(text);
        if (fromVowellessScript && !vowelless.get(id)) {
            vowelless.set(id);
            for (String key : scriptKeys(text)) {
                keys.computeIfAbsent("a:" + key, k -> new IntList(2)).add(id);
            }
            resolutions.clear();
        }
        return id;
    }

    boolean isVowelless(int id) {
        return vowelless.get(id);
    }

    private int register(String text) {
        int newId = features.size();
        if (!resolutions.isEmpty()) {
            resolutions.clear();
        }
        TokenFeatures f = TokenFeatures.of(text, lexicon);
        ids.put(text, newId);
        features.add(f);
        postings.add(new IntList(2));
        if (newId == liveCount.length) {
            liveCount = java.util.Arrays.copyOf(liveCount, newId * 2);
        }
        for (String key : keysOf(f, true)) {
            keys.computeIfAbsent(key, k -> new IntList(2)).add(newId);
        }
        String scriptKey = ArabicAlignment.key(text, false);
        if (scriptKey.length() >= 2) {
            keys.computeIfAbsent("k:" + scriptKey, k -> new IntList(2)).add(newId);
        }
        return newId;
    }

    /** The cached resolution of a query unit's text romanised as the source token was, or null. */
    Resolution cached(String text, NameToken source) {
        return resolutions.get(cacheKey(text, source));
    }

    void cache(String text, NameToken source, Resolution resolution) {
        if (resolutions.size() >= MAX_CACHED) {
            resolutions.clear();
        }
        resolutions.put(cacheKey(text, source), resolution);
    }

    private static String cacheKey(String text, NameToken source) {
        return (source.vowelless() ? "v" : "-") + (source.transliterated() ? "t" : "-")
                + (source.syllabic() ? "s" : "-") + text;
    }

    void addPosting(int tokenId, int nameId) {
        postings.get(tokenId).add(nameId);
        liveCount[tokenId]++;
    }

    void removePosting(int tokenId) {
        liveCount[tokenId]--;
    }

    int id(String text) {
        return ids.getOrDefault(text, -1);
    }

    TokenFeatures features(int id) {
        return features.get(id);
    }

    IntList postings(int id) {
        return postings.get(id);
    }

    /** Number of live names that contain the token. */
    int frequency(int id) {
        return liveCount[id];
    }

    int size() {
        return features.size();
    }

    /** Vocabulary tokens that share at least one lookup key with the query token. */
    void candidates(TokenFeatures query, boolean vowelless, java.util.function.IntConsumer sink) {
        for (String key : keysOf(query, false)) {
            IntList list = keys.get(key);
            if (list == null || (list.size() > MAX_PER_KEY && !key.startsWith("g:"))) {
                continue; // a key shared by hundreds of tokens says nothing: direct keys still find them
            }
            for (int i = 0; i < list.size(); i++) {
                sink.accept(list.get(i));
            }
        }
        if (!vowelless && !this.vowelless.isEmpty()) {
            // a Latin query token against listed names written in Arabic script
            for (String key : scriptKeys(query.text())) {
                prefixed("a:" + key, sink);
            }
        }
        if (vowelless) {
            for (String key : scriptKeys(query.text())) {
                prefixed("k:" + key, sink);
            }
            skeletonCandidates(query.skeleton(), sink);
            String wasV = TokenFeatures.skeletonReadingWasV(query.text());
            if (!wasV.equals(query.skeleton())) {
                skeletonCandidates(wasV, sink);
            }
        }
    }

    /** The script-alignment keys of a token: its consonant classes, and without an assimilated article l. */
    private static List<String> scriptKeys(String text) {
        String key = ArabicAlignment.key(text, false);
        String withoutL = ArabicAlignment.key(text, true);
        if (key.length() < 2) {
            return List.of();
        }
        return withoutL.equals(key) || withoutL.length() < 2 ? List.of(key) : List.of(key, withoutL);
    }

    private void prefixed(String key, java.util.function.IntConsumer sink) {
        IntList list = keys.get(key);
        for (int i = 0; list != null && i < list.size() && i < MAX_PER_KEY; i++) {
            sink.accept(list.get(i));
        }
    }

    private void skeletonCandidates(String skeleton, java.util.function.IntConsumer sink) {
        if (skeleton.length() >= 2) {
            IntList list = keys.get("s:" + skeleton);
            for (int i = 0; list != null && i < list.size() && i < MAX_PER_KEY; i++) {
                sink.accept(list.get(i));
            }
        }
    }

    private static List<String> keysOf(TokenFeatures f, boolean indexing) {
        List<String> out = new ArrayList<>();
        String t = f.text();
        if (f.variantGroup() >= 0) {
            out.add("g:" + f.variantGroup());
        }
        if (t.length() >= 3 && !f.metaphone().isEmpty()) {
            out.add("p:" + f.metaphone());
            if (!f.metaphoneAlt().equals(f.metaphone())) {
                out.add("p:" + f.metaphoneAlt());
            }
        }
        if (indexing && f.skeleton().length() >= 2) {
            out.add("s:" + f.skeleton());
        }
        if (t.length() >= 3) {
            out.add("d:" + t);
            for (int i = 0; i < t.length(); i++) {
                out.add("d:" + t.substring(0, i) + t.substring(i + 1));
            }
        }
        return out;
    }
}
