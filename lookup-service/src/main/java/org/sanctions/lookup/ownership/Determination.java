package org.sanctions.lookup.ownership;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rule's answer for one entity under one jurisdiction.
 *
 * @param blocked true, false, or null when a missing share or an undetermined owner leaves it open
 * @param aggregateShare the proven blocked holding in percent (US, EU: sum over blocked owners; UK: the largest single
 *     blocked owner's holding), lower bounds of ranges
 * @param upperBoundWouldBlock not blocked on the lower bounds, but the upper bounds of share ranges would block
 * @param controlled blocked (or, when undetermined, possibly blocked) through control rather than shares
 * @param paths each path runs from a listed party down to the entity, one step per holding
 * @param cycles ownership cycles among the entity's owners, each as the party ids around it
 * @param notes why the answer is undetermined or what an upper bound would change
 */
public record Determination(Jurisdiction jurisdiction, Boolean blocked, BigDecimal aggregateShare,
        boolean upperBoundWouldBlock, boolean controlled, List<List<Step>> paths, List<List<String>> cycles,
        List<String> notes) {

    /**
     * One holding on a path.
     *
     * @param ownerPrograms programs the owner is listed under in this jurisdiction; empty when the owner is blocked
     *     only because of its own owners
     */
    public record Step(String owner, String ownerName, String owned, String ownedName, Share share, boolean controls,
            List<String> ownerPrograms) {
    }
}
