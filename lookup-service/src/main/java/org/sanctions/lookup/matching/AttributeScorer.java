package org.sanctions.lookup.matching;

import java.util.ArrayList;
import java.util.List;

/** Corroboration and contradiction from kind, birth date and nationality, each as a signed, explained delta. */
final class AttributeScorer {

    private final ScoringWeights weights;

    AttributeScorer(ScoringWeights weights) {
        this.weights = weights;
    }

    /** Effects of the query's attributes against the party; positive deltas are later scaled by the name score. */
    List<AttributeEffect> effects(ScreeningQuery query, ListedParty party) {
        List<AttributeEffect> out = new ArrayList<>(3);
        if (query.kind() != null && party.kind() != null) {
            if (query.kind() != party.kind()) {
                out.add(new AttributeEffect("kind", AttributeEffect.Effect.LOWERED, -weights.kindContradicts(),
                        "screened as " + query.kind() + ", listed as " + party.kind()));
            }
        }
        if (query.birthDate() != null) {
            birthDate(query.birthDate(), party, out);
        }
        if (query.nationality() != null && !party.nationalities().isEmpty()) {
            if (party.nationalities().contains(query.nationality())) {
                out.add(new AttributeEffect("nationality", AttributeEffect.Effect.RAISED, weights.nationalityAgrees(),
                        "nationality " + query.nationality() + " is listed"));
            } else {
                out.add(new AttributeEffect("nationality", AttributeEffect.Effect.LOWERED,
                        -weights.nationalityContradicts(),
                        "nationality " + query.nationality() + " not among listed " + party.nationalities()));
            }
        }
        return out;
    }

    private void birthDate(PartialDate date, ListedParty party, List<AttributeEffect> out) {
        if (party.birthDates().isEmpty()) {
            return;
        }
        int closest = Integer.MAX_VALUE;
        boolean sameDay = false;
        for (BirthDate b : party.birthDates()) {
            int tolerance = b.circa() ? 2 : 0;
            int distance = date.year() < b.fromYear() - tolerance ? b.fromYear() - tolerance - date.year()
                    : date.year() > b.toYear() + tolerance ? date.year() - b.toYear() - tolerance : 0;
            closest = Math.min(closest, distance);
            sameDay |= date.isFull() && b.exact() != null && b.exact().equals(date.toLocalDate());
        }
        if (sameDay) {
            out.add(new AttributeEffect("birthDate", AttributeEffect.Effect.RAISED, weights.birthDateAgrees(),
                    "birth date " + date + " is listed"));
        } else if (closest == 0) {
            out.add(new AttributeEffect("birthDate", AttributeEffect.Effect.RAISED, weights.birthYearAgrees(),
                    "birth year " + date.year() + " agrees with the list"));
        } else if (closest == 1) {
            out.add(new AttributeEffect("birthDate", AttributeEffect.Effect.NEUTRAL, 0,
                    "birth year " + date.year() + " is one year off the list"));
        } else {
            double penalty = closest > 5 ? weights.birthYearContradicts() * 1.5 : weights.birthYearContradicts();
            out.add(new AttributeEffect("birthDate", AttributeEffect.Effect.LOWERED, -penalty,
                    "birth year " + date.year() + " is " + closest + " years from the listed dates"));
        }
    }
}
