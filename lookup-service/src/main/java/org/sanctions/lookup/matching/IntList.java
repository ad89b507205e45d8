package org.sanctions.lookup.matching;

import java.util.Arrays;

/** A growable list of primitive ints: postings lists stay compact at a million names. */
final class IntList {

    private int[] values;
    private int size;

    IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size < 64 ? size * 2 : size + (size >> 1));
        }
        values[size++] = value;
    }

    void clear() {
        size = 0;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    boolean contains(int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Keeps only the values the predicate accepts (used to drop postings of removed names). */
    void retain(java.util.function.IntPredicate keep) {
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(values[i])) {
                values[w++] = values[i];
            }
        }
        size = w;
    }

    /** The values sorted, each once. */
    int[] toSortedDistinctArray() {
        int[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int w = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[w++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, w);
    }
}
