package org.sanctions.registry.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an import as a delta against what the registry already holds from the same list(s): each parsed party is
 * ADDED (key unknown), UPDATED (fingerprint differs), UNCHANGED, or a DUPLICATE of a key seen earlier in the file;
 * at the end, the existing keys the file no longer contains are to be revoked. Pure: no I/O, no framework. The
 * caller passes only the active, list-sourced parties of the lists the file covers, never hand-curated ones.
 */
public final class DeltaPlanner {

    /** What one parsed party means for the registry. */
    public enum Change { ADDED, UPDATED, UNCHANGED, DUPLICATE }

    private final Map<SourceKey, String> existing;
    private final Set<SourceKey> seen = new HashSet<>();
    private final List<SourceKey> added = new ArrayList<>();
    private final List<SourceKey> updated = new ArrayList<>();
    private final List<SourceKey> duplicates = new ArrayList<>();
    private long unchanged;

    /** @param existing the key and stored {@link PartyFingerprint} of each party the registry holds from the list */
    public DeltaPlanner(Map<SourceKey, String> existing) {
        this.existing = new HashMap<>(existing);
    }

    /** Classifies one parsed party (call once per party, in file order). */
    public Change classify(ImportedParty party) {
        SourceKey key = party.key();
        if (!seen.add(key)) {
            duplicates.add(key);
            return Change.DUPLICATE;
        }
        String stored = existing.get(key);
        if (stored == null) {
            added.add(key);
            return Change.ADDED;
        }
        if (stored.equals(PartyFingerprint.of(party))) {
            unchanged++;
            return Change.UNCHANGED;
        }
        updated.add(key);
        return Change.UPDATED;
    }

    /** The plan so far; after the last party, {@code toRevoke} is final. */
    public DeltaPlan plan() {
        List<SourceKey> toRevoke = existing.keySet().stream().filter(k -> !seen.contains(k))
                .sorted(java.util.Comparator.comparing(SourceKey::toString)).toList();
        return new DeltaPlan(List.copyOf(added), List.copyOf(updated), unchanged, toRevoke, List.copyOf(duplicates));
    }

    /** Plans a whole parse at once (for tests and small files; streaming callers use {@link #classify}). */
    public static DeltaPlan plan(Map<SourceKey, String> existing, Iterable<ImportedParty> parties) {
        DeltaPlanner planner = new DeltaPlanner(existing);
        parties.forEach(planner::classify);
        return planner.plan();
    }

    /** The outcome: keys to add, update and revoke, how many are unchanged, and keys that came twice. */
    public record DeltaPlan(List<SourceKey> added, List<SourceKey> updated, long unchanged, List<SourceKey> toRevoke,
                            List<SourceKey> duplicates) {

        /** Whether the import changes nothing (a re-import of the same file). */
        public boolean isNoOp() {
            return added.isEmpty() && updated.isEmpty() && toRevoke.isEmpty();
        }
    }
}
