package org.sanctions.lookup.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory screening index: parties in, ranked explained matches out. Many concurrent screenings, one writer
 * (the feed follower) at a time; writes are per party and take microseconds.
 */
public final class ScreeningIndex {

    private static final int CANDIDATE_NAMES = 100;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScoringWeights weights;
    private final Lexicon lexicon = Lexicon.standard();
    private final Clock clock;
    private final NameNormalizer normalizer = new NameNormalizer(lexicon);
    private IndexStore store = new IndexStore(lexicon);

    public ScreeningIndex(ScoringWeights weights, Clock clock) {
        this.weights = weights;
        this.clock = clock;
    }

    public ScreeningIndex(ScoringWeights weights) {
        this(weights, Clock.systemUTC());
    }

    public ScoringWeights weights() {
        return weights;
    }

    /** Replaces the whole content (a fresh snapshot); screenings keep using the old content until the swap. */
    public void replaceAll(Collection<ListedParty> parties) {
        IndexStore fresh = new IndexStore(lexicon);
        parties.forEach(fresh::upsert);
        lock.writeLock().lock();
        try {
            store = fresh;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds or replaces parties by id. */
    public void upsertAll(Collection<ListedParty> parties) {
        lock.writeLock().lock();
        try {
            parties.forEach(store::upsert);
            compactIfNeeded();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void upsert(ListedParty party) {
        upsertAll(List.of(party));
    }

    /** Removes a party; returns whether it was indexed. */
    public boolean remove(String partyId) {
        lock.writeLock().lock();
        try {
            return store.remove(partyId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public Optional<ListedParty> party(String partyId) {
        lock.readLock().lock();
        try {
            Integer p = store.partyIndex.get(partyId);
            return p == null ? Optional.empty() : Optional.of(store.parties.get(p));
        } finally {
            lock.readLock().unlock();
        }
    }

    public int partyCount() {
        lock.readLock().lock();
        try {
            return store.liveParties();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int nameCount() {
        lock.readLock().lock();
        try {
            return store.liveNames;
        } finally {
            lock.readLock().unlock();
        }
    }

    public int vocabularySize() {
        lock.readLock().lock();
        try {
            return store.vocabulary.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Screens one name: matches scoring at least the query's threshold, best first, at most limit. */
    public List<Match> screen(ScreeningQuery query) {
        NormalizedName normalized = normalizer.normalize(query.name(), query.kind());
        if (normalized.isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            return screenLocked(query, normalized);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Match> screenLocked(ScreeningQuery query, NormalizedName normalized) {
        IndexStore s = store;
        QueryPlan plan = QueryPlan.build(normalized, s.vocabulary, lexicon);
        TokenWeights tokenWeights = new TokenWeights(s.vocabulary, weights, s.liveNames);
        LocalDate today = LocalDate.now(clock);
        MeasureFilter filter = new MeasureFilter(query, today);
        boolean unfiltered = query.asOf() == null && query.programs().isEmpty() && query.authorities().isEmpty()
                && query.measureTypes().isEmpty();
        Map<Integer, List<Measure>> selected = new HashMap<>();
        java.util.function.IntFunction<List<Measure>> measures = unfiltered ? p -> s.activeOn(p, today, filter)
                : p -> selected.computeIfAbsent(p, k -> filter.select(s.parties.get(k)));
        int[] names = CandidateRetriever.retrieve(plan, s, tokenWeights, CANDIDATE_NAMES,
                p -> !measures.apply(p).isEmpty());
        NameScorer scorer = new NameScorer(weights, tokenWeights, s.vocabulary);
        Map<Integer, ScoredName> bestPerParty = new HashMap<>();
        for (int nameId : names) {
            IndexedName name = s.names.get(nameId);
            NameScorer.Scored scored = scorer.score(plan, name);
            double evidence = s.richestEvidence(name.party, scorer::evidenceOf);
            double nameScore = scorer.nameScore(scored, evidence);
            double aliasFactor = name.type == NameType.WEAK_AKA ? weights.weakAliasFactor() : 1.0;
            ScoredName candidate = new ScoredName(name, scored, nameScore, nameScore * aliasFactor);
            bestPerParty.merge(name.party, candidate, (a, b) -> a.adjusted >= b.adjusted ? a : b);
        }
        ExplanationBuilder explainer = new ExplanationBuilder(plan, s.vocabulary, weights);
        AttributeScorer attributes = new AttributeScorer(weights);
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, ScoredName> e : bestPerParty.entrySet()) {
            ListedParty party = s.parties.get(e.getKey());
            ScoredName best = e.getValue();
            List<AttributeEffect> effects = attributes.effects(query, party);
            double score = finalScore(best, effects);
            if (score >= query.threshold()) {
                out.add(new Match(party, score, score >= query.threshold(), best.name.fullName, best.name.type,
                        measures.apply(e.getKey()), explainer.explain(best.name, best.scored, best.nameScore, effects)));
            }
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(m -> m.party().id()));
        return out.size() > query.limit() ? List.copyOf(out.subList(0, query.limit())) : out;
    }

    private double finalScore(ScoredName best, List<AttributeEffect> effects) {
        double score = best.adjusted * weights.uncorroboratedCap();
        for (AttributeEffect effect : effects) {
            // agreement can only confirm a name that already resembles; disagreement always counts fully
            score += effect.delta() > 0 ? effect.delta() * best.nameScore : effect.delta();
        }
        return Math.round(Math.max(0, Math.min(1, score)) * 10000) / 10000.0;
    }

    private void compactIfNeeded() {
        if (store.names.size() > 1000 && store.garbageRatio() > 0.3) {
            IndexStore fresh = new IndexStore(lexicon);
            for (ListedParty p : store.parties) {
                if (p != null) {
                    fresh.upsert(p);
                }
            }
            store = fresh;
        }
    }

    private record ScoredName(IndexedName name, NameScorer.Scored scored, double nameScore, double adjusted) {
    }
}
