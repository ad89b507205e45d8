package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mutable content of the index: parties, their normalised names, the vocabulary with postings. Not thread-safe. */
final class IndexStore {

    final Lexicon lexicon;
    final NameNormalizer normalizer;
    Vocabulary vocabulary;
    final List<IndexedName> names = new ArrayList<>();
    final List<ListedParty> parties = new ArrayList<>();
    final List<int[]> partyNames = new ArrayList<>();
    final Map<String, Integer> partyIndex = new HashMap<>();
    int liveNames;
    /** Per party: measures active on {@link #cacheDay} for unfiltered screenings (null = not computed yet). */
    private Object[] activeCache = new Object[0];
    private java.time.LocalDate cacheDay;
    /** Per party: generation (high 32 bits) and evidence weight of its richest name (float bits), one word. */
    private long[] evidenceCache = new long[0];
    /** Bumped by every write: any write changes token frequencies, hence weights. */
    private int generation = 1;
    /** Per vocabulary token: generation (high 32 bits) and token weight (float bits), see {@link TokenWeights}. */
    private long[] tokenWeightCache = new long[1024];

    IndexStore(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = new NameNormalizer(lexicon);
        this.vocabulary = new Vocabulary(lexicon);
    }

    /** Adds or replaces a party (by id). */
    void upsert(ListedParty party) {
        remove(party.id());
        if (parties.size() >= evidenceCache.length) {
            int size = Math.max(1024, parties.size() * 3 / 2);
            evidenceCache = java.util.Arrays.copyOf(evidenceCache, size);
            activeCache = java.util.Arrays.copyOf(activeCache, size);
        }
        generation++;
        int p = parties.size();
        parties.add(party);
        partyIndex.put(party.id(), p);
        int[] ids = new int[party.names().size()];
        int count = 0;
        for (ListedName listed : party.names()) {
            int nameId = addName(p, listed, party.kind());
            if (nameId >= 0) {
                ids[count++] = nameId;
            }
        }
        partyNames.add(java.util.Arrays.copyOf(ids, count));
        if (tokenWeightCache.length < vocabulary.size()) {
            tokenWeightCache = java.util.Arrays.copyOf(tokenWeightCache, vocabulary.size() * 3 / 2);
        }
    }

    /** Weights of vocabulary tokens computed for the current generation; readers fill it, writes invalidate it. */
    long[] tokenWeightCache() {
        return tokenWeightCache;
    }

    int generation() {
        return generation;
    }

    /** Removes a party; its slots stay as tombstones until the next compaction. */
    boolean remove(String partyId) {
        Integer p = partyIndex.remove(partyId);
        if (p == null) {
            return false;
        }
        for (int nameId : partyNames.get(p)) {
            IndexedName name = names.get(nameId);
            name.live = false;
            liveNames--;
            forEachVocab(name, vocabulary::removePosting);
        }
        parties.set(p, null);
        partyNames.set(p, new int[0]);
        generation++;
        return true;
    }

    /** Measures of a party active today, cached per day (unfiltered screenings are the common case). */
    @SuppressWarnings("unchecked")
    List<Measure> activeOn(int party, java.time.LocalDate day, MeasureFilter filter) {
        Object[] cache = activeCache;
        if (!day.equals(cacheDay)) {
            synchronized (this) {
                if (!day.equals(cacheDay)) {
                    activeCache = cache = new Object[cache.length];
                    cacheDay = day;
                }
            }
        }
        Object hit = cache[party];
        if (hit == null) {
            hit = filter.select(parties.get(party));
            cache[party] = hit;
        }
        return (List<Measure>) hit;
    }

    /** Evidence of the party's richest name, computed once per index state. */
    double richestEvidence(int party, java.util.function.ToDoubleFunction<IndexedName> evidenceOf) {
        long cached = evidenceCache[party];
        if ((int) (cached >>> 32) == generation) {
            return Float.intBitsToFloat((int) cached);
        }
        double max = 0;
        for (int nameId : partyNames.get(party)) {
            IndexedName n = names.get(nameId);
            if (n.type != NameType.WEAK_AKA) {
                max = Math.max(max, evidenceOf.applyAsDouble(n));
            }
        }
        // one 64-bit store: a concurrent reader sees the old or the new entry, never half of each
        evidenceCache[party] = ((long) generation << 32) | (Float.floatToIntBits((float) max) & 0xFFFFFFFFL);
        return (float) max;
    }

    int liveParties() {
        return partyIndex.size();
    }

    /** Share of name slots that are tombstones. */
    double garbageRatio() {
        return names.isEmpty() ? 0 : 1.0 - (double) liveNames / names.size();
    }

    private int addName(int party, ListedName listed, Kind kind) {
        NormalizedName normalized = normalizer.normalize(listed.fullName(), kind);
        List<NameToken> tokens = normalized.tokens();
        if (tokens.isEmpty()) {
            return -1;
        }
        int n = tokens.size();
        int[] ids = new int[n];
        byte[] roles = new byte[n];
        int[] joins = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = vocabulary.intern(tokens.get(i).text(), tokens.get(i).vowelless());
            roles[i] = (byte) tokens.get(i).role().ordinal();
            joins[i] = i + 1 < n && IndexedName.joinable(tokens.get(i), tokens.get(i + 1))
                    ? vocabulary.intern(tokens.get(i).text() + tokens.get(i + 1).text(),
                            tokens.get(i).vowelless() && tokens.get(i + 1).vowelless()) : -1;
        }
        List<String> dropped = new ArrayList<>(normalized.dropped());
        int nameId = names.size();
        IndexedName name = new IndexedName(party, ids, roles, joins, listed.type(), listed.fullName(),
                dropped.toArray(new String[0]));
        names.add(name);
        liveNames++;
        forEachVocab(name, id -> vocabulary.addPosting(id, nameId));
        return nameId;
    }

    private static void forEachVocab(IndexedName name, java.util.function.IntConsumer action) {
        int[] seen = new int[name.tokens.length * 2];
        int count = 0;
        for (int i = 0; i < name.tokens.length; i++) {
            count = addOnce(seen, count, name.tokens[i], action);
            if (name.joins[i] >= 0) {
                count = addOnce(seen, count, name.joins[i], action);
            }
        }
    }

    private static int addOnce(int[] seen, int count, int id, java.util.function.IntConsumer action) {
        for (int k = 0; k < count; k++) {
            if (seen[k] == id) {
                return count;
            }
        }
        seen[count] = id;
        action.accept(id);
        return count + 1;
    }
}
