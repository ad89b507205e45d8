package org.sanctions.registry.party;

import java.util.function.BiConsumer;

/** The rules of one link that span its fields (reported by {@link PartyRules} on the party's document). */
public final class RelationshipRules {

    private RelationshipRules() {
    }

    public static void check(Relationship r, String prefix, BiConsumer<String, String> report) {
        boolean named = r.target() != null && (r.target().name() != null && !r.target().name().isBlank()
                || r.target().hasEntry());
        if (r.partyId() == null && !named) {
            report.accept(prefix + "partyId", "give the other party's id, or a target with its name or source entry");
        }
        if (r.share() != null && (r.shareMin() != null || r.shareMax() != null)) {
            report.accept(prefix + "share", "give either share or shareMin/shareMax, not both");
        }
        if (r.shareMin() != null && r.shareMax() != null && r.shareMin().compareTo(r.shareMax()) > 0) {
            report.accept(prefix + "shareMax", "must not be below shareMin");
        }
        if ((r.share() != null || r.shareMin() != null || r.shareMax() != null) && r.type() != null
                && r.type() != RelationshipType.OWNS) {
            report.accept(prefix + "share", "applies to OWNS links only");
        }
        if (r.startDate() != null && r.endDate() != null && r.startDate().isAfter(r.endDate())) {
            report.accept(prefix + "endDate", "must not be before startDate");
        }
    }
}
