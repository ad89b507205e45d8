package org.sanctions.lookup.matching;

import java.util.Arrays;

/**
 * First stage: accumulates evidence per name from the postings of every vocabulary token a query unit resembles,
 * rarest first, and keeps the best names of eligible parties. Very long postings (a token in tens of thousands of
 * names) are skipped once rarer tokens have produced candidates.
 */
final class CandidateRetriever {

    private static final int LONG_POSTINGS = 20_000;
    /** Names with less than this share of the best name's retrieval evidence are not scored. */
    private static final float MIN_SHARE_OF_BEST = 0.2f;

    /** Per-thread accumulator sized to the number of name slots. */
    private static final ThreadLocal<float[]> SCORES = ThreadLocal.withInitial(() -> new float[0]);
    /** Per-thread: which query units have already credited each name (bit per unit). */
    private static final ThreadLocal<long[]> CREDITED = ThreadLocal.withInitial(() -> new long[0]);
    private static final ThreadLocal<IntList> TOUCHED = ThreadLocal.withInitial(() -> new IntList(1024));

    private CandidateRetriever() {
    }

    /** Ids of at most k names with the highest accumulated evidence whose party passes the filter. */
    static int[] retrieve(QueryPlan plan, IndexStore store, TokenWeights weights, int k,
            java.util.function.IntPredicate partyEligible) {
        float[] scores = SCORES.get();
        long[] credited = CREDITED.get();
        if (scores.length < store.names.size()) {
            scores = new float[store.names.size() + 1024];
            credited = new long[scores.length];
            SCORES.set(scores);
            CREDITED.set(credited);
        }
        IntList touched = TOUCHED.get();
        touched.clear();
        long[] work = order(plan, store.vocabulary);
        for (long item : work) {
            int unitIndex = (int) ((item >>> 16) & 0xFFFF);
            int slot = (int) (item & 0xFFFF);
            QueryPlan.Unit unit = plan.units.get(unitIndex);
            int vocabId = unit.vocabIds[slot];
            IntList postings = store.vocabulary.postings(vocabId);
            if (postings.size() > LONG_POSTINGS && touched.size() > 0) {
                continue;
            }
            // as in scoring, a common query name stays weak even where it resembles a rare listed token (Ivan ~ Ilan)
            float add = (float) (unit.results[slot].similarity()
                    * Math.min(weights.of(vocabId) * weights.roleFactor(unit.role), weights.ofQueryUnit(unit)));
            // a query token counts once per name, as in the one-to-one alignment: IVANOV, Ivan Ivanovich must not
            // outrank Ivan Ivanov for "Ivan Ivanov" by resembling the query's surname twice
            long unitBit = 1L << Math.min(unitIndex, 63);
            for (int i = 0; i < postings.size(); i++) {
                int name = postings.get(i);
                if ((credited[name] & unitBit) != 0) {
                    continue;
                }
                if (credited[name] == 0) {
                    touched.add(name);
                }
                credited[name] |= unitBit;
                scores[name] += add;
            }
        }
        int[] result = top(store, scores, touched, k, partyEligible);
        for (int i = 0; i < touched.size(); i++) {
            scores[touched.get(i)] = 0;
            credited[touched.get(i)] = 0;
        }
        return result;
    }

    // (unit, slot) pairs sorted by postings length so rare tokens come first: packed as length<<32 | unit<<16 | slot
    private static long[] order(QueryPlan plan, Vocabulary vocabulary) {
        int total = 0;
        for (QueryPlan.Unit u : plan.units) {
            total += Math.min(u.vocabIds.length, 0xFFFF);
        }
        long[] work = new long[total];
        int w = 0;
        for (int ui = 0; ui < plan.units.size() && ui < 0xFFFF; ui++) {
            QueryPlan.Unit u = plan.units.get(ui);
            for (int s = 0; s < u.vocabIds.length && s < 0xFFFF; s++) {
                long length = vocabulary.postings(u.vocabIds[s]).size();
                work[w++] = (length << 32) | ((long) ui << 16) | s;
            }
        }
        Arrays.sort(work, 0, w);
        return work;
    }

    /**
     * Best k live names of eligible parties. Names far below the best accumulated evidence cannot reach a match and
     * are not ranked at all; the rest are packed as (score bits, name id) and the best k kept in a min-heap.
     */
    private static int[] top(IndexStore store, float[] scores, IntList touched, int k,
            java.util.function.IntPredicate partyEligible) {
        float best = 0;
        for (int i = 0; i < touched.size(); i++) {
            best = Math.max(best, scores[touched.get(i)]);
        }
        float floor = best * MIN_SHARE_OF_BEST;
        long[] heap = new long[k];
        int size = 0;
        for (int i = 0; i < touched.size(); i++) {
            int name = touched.get(i);
            if (scores[name] < floor || !store.names.get(name).live) {
                continue;
            }
            long packed = ((long) Float.floatToIntBits(scores[name]) << 32) | name;
            if (size < k || packed > heap[0]) {
                if (!partyEligible.test(store.names.get(name).party)) {
                    continue;
                }
                if (size < k) {
                    heap[size++] = packed;
                    siftUp(heap, size - 1);
                } else {
                    heap[0] = packed;
                    siftDown(heap, size);
                }
            }
        }
        long[] sorted = Arrays.copyOf(heap, size);
        Arrays.sort(sorted);
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = (int) sorted[size - 1 - i];
        }
        return out;
    }

    private static void siftUp(long[] heap, int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            swap(heap, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int i = 0;
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(heap, i, smallest);
            i = smallest;
        }
    }

    private static void swap(long[] heap, int a, int b) {
        long t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
