package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A normalised query resolved against the vocabulary: for each query unit (a token, or two adjacent tokens written
 * together) the vocabulary tokens it resembles and how. Retrieval and scoring both read these, so each fuzzy
 * comparison is done once per distinct vocabulary token, never once per candidate name.
 */
final class QueryPlan {

    /** A query token or a pair of adjacent tokens read as one (Ka Chiu as kachiu). */
    static final class Unit {
        final int first;
        final int last;
        final String text;
        final TokenFeatures features;
        final TokenRole role;
        final int exactVocab;
        int[] vocabIds = new int[0];
        TokenSimilarity.Result[] results = new TokenSimilarity.Result[0];
        /**
         * For a token romanised from a script without short vowels: the Latin vocabulary token it spells best, whose
         * rarity it carries when that is more common (محمد is as common as Muhammad), or -1.
         */
        int bestVocab = -1;
        /** Evidence weight of the unit itself, computed by the scorer on first use (-1 = not yet). */
        double queryWeight = -1;

        Unit(int first, int last, String text, TokenFeatures features, TokenRole role, int exactVocab) {
            this.first = first;
            this.last = last;
            this.text = text;
            this.features = features;
            this.role = role;
            this.exactVocab = exactVocab;
        }

        boolean isJoin() {
            return last > first;
        }

        /** Similarity of this unit to a vocabulary token, or null when they do not align. */
        TokenSimilarity.Result lookup(int vocabId) {
            int i = Arrays.binarySearch(vocabIds, vocabId);
            return i >= 0 ? results[i] : null;
        }
    }

    final NormalizedName name;
    final List<Unit> units;
    final boolean hasInitials;
    // vocabulary id -> chain of (unit, result): scoring a name asks each of its tokens once, not each unit
    private final int[] slots;
    private final int shift;
    private final int[] slotKey;
    private final int[] nextHit;
    private final int[] hitUnit;
    private final TokenSimilarity.Result[] hitResult;

    private QueryPlan(NormalizedName name, List<Unit> units) {
        this.name = name;
        this.units = units;
        this.hasInitials = units.stream().anyMatch(u -> u.role == TokenRole.INITIAL);
        int hits = units.stream().mapToInt(u -> u.vocabIds.length).sum();
        int capacity = Integer.highestOneBit(Math.max(4, hits * 2)) * 2;
        slots = new int[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
        slotKey = new int[capacity];
        java.util.Arrays.fill(slots, -1);
        nextHit = new int[hits];
        hitUnit = new int[hits];
        hitResult = new TokenSimilarity.Result[hits];
        int h = 0;
        for (int ui = 0; ui < units.size(); ui++) {
            Unit u = units.get(ui);
            for (int k = 0; k < u.vocabIds.length; k++, h++) {
                int slot = slotOf(u.vocabIds[k]);
                hitUnit[h] = ui;
                hitResult[h] = u.results[k];
                nextHit[h] = slots[slot];
                slots[slot] = h;
                slotKey[slot] = u.vocabIds[k];
            }
        }
    }

    /** First hit (index) of units resembling the vocabulary token, or -1; follow with {@link #nextHit(int)}. */
    int firstHit(int vocabId) {
        int slot = slotOf(vocabId);
        return slots[slot] >= 0 && slotKey[slot] == vocabId ? slots[slot] : -1;
    }

    int nextHit(int hit) {
        return nextHit[hit];
    }

    Unit hitUnit(int hit) {
        return units.get(hitUnit[hit]);
    }

    TokenSimilarity.Result hitResult(int hit) {
        return hitResult[hit];
    }

    private int slotOf(int vocabId) {
        int mask = slots.length - 1;
        int slot = (vocabId * 0x9E3779B1) >>> shift; // Fibonacci hashing: the high bits are the well-mixed ones
        while (slots[slot] >= 0 && slotKey[slot] != vocabId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    int tokenCount() {
        return name.tokens().size();
    }

    static QueryPlan build(NormalizedName name, Vocabulary vocabulary, Lexicon lexicon) {
        List<NameToken> tokens = name.tokens();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            units.add(resolve(new Unit(i, i, t.text(), TokenFeatures.of(t.text(), lexicon), t.role(),
                    vocabulary.id(t.text())), t, vocabulary));
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (IndexedName.joinable(tokens.get(i), tokens.get(i + 1))) {
                String joined = tokens.get(i).text() + tokens.get(i + 1).text();
                units.add(resolve(new Unit(i, i + 1, joined, TokenFeatures.of(joined, lexicon), TokenRole.CONTENT,
                        vocabulary.id(joined)), tokens.get(i), vocabulary));
            }
        }
        return new QueryPlan(name, units);
    }

    private static Unit resolve(Unit unit, NameToken source, Vocabulary vocabulary) {
        if (unit.role == TokenRole.INITIAL) {
            return unit; // initials align in scoring only: as a retrieval key a letter matches everyone
        }
        Vocabulary.Resolution cached = vocabulary.cached(unit.text, source);
        if (cached != null) {
            unit.vocabIds = cached.ids();
            unit.results = cached.results();
            return withBestReading(unit, source, vocabulary);
        }
        IntList found = new IntList(16);
        if (unit.exactVocab >= 0) {
            found.add(unit.exactVocab);
        }
        vocabulary.candidates(unit.features, source.vowelless(), found::add);
        int[] candidates = found.toSortedDistinctArray();
        int[] ids = new int[candidates.length];
        TokenSimilarity.Result[] results = new TokenSimilarity.Result[candidates.length];
        int n = 0;
        for (int id : candidates) {
            TokenSimilarity.Result r = TokenSimilarity.compare(unit.features, vocabulary.features(id),
                    source.vowelless(), source.transliterated(), source.syllabic(), vocabulary.isVowelless(id));
            if (r != null) {
                ids[n] = id;
                results[n++] = r;
            }
        }
        unit.vocabIds = Arrays.copyOf(ids, n);
        unit.results = Arrays.copyOf(results, n);
        vocabulary.cache(unit.text, source, new Vocabulary.Resolution(unit.vocabIds, unit.results));
        return withBestReading(unit, source, vocabulary);
    }

    private static Unit withBestReading(Unit unit, NameToken source, Vocabulary vocabulary) {
        if (!source.vowelless()) {
            return unit;
        }
        float best = 0;
        for (int k = 0; k < unit.vocabIds.length; k++) {
            float s = unit.results[k].similarity();
            int id = unit.vocabIds[k];
            if (id == unit.exactVocab || vocabulary.isVowelless(id)) {
                continue; // the same script spelling says nothing about how common the name is
            }
            if (s > best || (s == best && vocabulary.frequency(id) > vocabulary.frequency(unit.bestVocab))) {
                best = s;
                unit.bestVocab = id;
            }
        }
        return unit;
    }
}
