package org.sanctions.lookup.evaluation;

import org.sanctions.lookup.matching.Kind;
import org.sanctions.lookup.matching.PartialDate;

/**
 * One labelled screening: the query and the party it must find (null for an innocent name that must not alert).
 *
 * @param set the labelled set it comes from
 * @param heldOut whether it belongs to the held-out split (never used for tuning)
 */
public record LabelledQuery(String set, String name, Kind kind, PartialDate birthDate, String nationality,
        String targetId, boolean heldOut) {

    /** The deterministic split: about 30% of every set is held out, by a hash of set and name. */
    static boolean heldOut(String set, String name) {
        return Math.floorMod((set + "|" + name).hashCode() * 31 + 7, 10) < 3;
    }
}
