package org.sanctions.lookup.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctions.lookup.ownership.Determination.Step;

/**
 * The ownership rule on the examples of OFAC's "Revised Guidance on Entities Owned by Persons Whose Property and
 * Interests in Property Are Blocked" (13 August 2014) and FAQ 398-401 (ofac.treasury.gov/faqs/398 ... 401), each read
 * in the US, EU and UK way, plus cycles, missing shares and ranges.
 */
class OwnershipRuleTest {

    private static final Map<Jurisdiction, List<String>> EVERYWHERE = Map.of(Jurisdiction.US, List.of("RUSSIA-EO14024"),
            Jurisdiction.EU, List.of("EU-269/2014"), Jurisdiction.UK, List.of("UK-RUSSIA"));

    private final OwnershipGraph g = new OwnershipGraph();

    private void listed(String id) {
        g.party(new Party(id, "Blocked " + id, EVERYWHERE));
    }

    private void entity(String... ids) {
        for (String id : ids) {
            g.party(Party.unlisted(id, "Entity " + id));
        }
    }

    private void owns(String owner, String owned, double percent) {
        g.holding(Holding.owns(owner, owned, Share.exact(percent)));
    }

    private Boolean blocked(String id, Jurisdiction j) {
        return OwnershipRule.decide(g, id, j).blocked();
    }

    private static List<String> owners(List<Step> path) {
        return path.stream().map(Step::owner).toList();
    }

    @Test
    void aggregatesTwoBlockedPersonsWithTwentyFivePercentEach() {
        // 2014 revised guidance: "if Blocked Person X owns 25 percent of Entity A, and Blocked Person Y owns 25
        // percent of Entity A, Entity A is considered blocked" (aggregate 50%). EU wants more than 50%; UK does not add.
        listed("X");
        listed("Y");
        entity("A");
        owns("X", "A", 25);
        owns("Y", "A", 25);
        Determination us = OwnershipRule.decide(g, "A", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.aggregateShare()).isEqualByComparingTo("50");
        assertThat(us.paths()).extracting(OwnershipRuleTest::owners).containsExactlyInAnyOrder(List.of("X"), List.of("Y"));
        assertThat(us.paths().get(0).get(0).ownerPrograms()).containsExactly("RUSSIA-EO14024");
        assertThat(blocked("A", Jurisdiction.EU)).isFalse();
        assertThat(blocked("A", Jurisdiction.UK)).isFalse();
    }

    @Test
    void thirtyAndTwentyFiveBlockUnderUsAndEuButNotUk() {
        // EU Commission consolidated FAQ on Reg. 269/2014, asset freeze Q8 (8 April 2022): one listed person with 30%
        // and another with 25% make the entity owned by listed persons; OFSI General Guidance 4.14: no aggregation.
        listed("X");
        listed("Y");
        entity("C");
        owns("X", "C", 30);
        owns("Y", "C", 25);
        assertThat(blocked("C", Jurisdiction.US)).isTrue();
        assertThat(blocked("C", Jurisdiction.EU)).isTrue();
        Determination uk = OwnershipRule.decide(g, "C", Jurisdiction.UK);
        assertThat(uk.blocked()).isFalse();
        assertThat(uk.aggregateShare()).isEqualByComparingTo("30");
    }

    @Test
    void thirtyAndFifteenBlockNowhere() {
        listed("X");
        listed("Y");
        entity("C");
        owns("X", "C", 30);
        owns("Y", "C", 15);
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(blocked("C", j)).as(j.name()).isFalse();
        }
    }

    @Test
    void blocksThroughAChainOfFiftyPercentHoldings() {
        // FAQ 401 example 1: X owns 50% of A, A owns 50% of B: B is blocked (A is blocked by X's 50%).
        listed("X");
        entity("A", "B");
        owns("X", "A", 50);
        owns("A", "B", 50);
        Determination us = OwnershipRule.decide(g, "B", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.paths()).hasSize(1);
        List<Step> path = us.paths().get(0);
        assertThat(owners(path)).containsExactly("X", "A");
        assertThat(path.get(1).owned()).isEqualTo("B");
        assertThat(path.get(1).ownerPrograms()).isEmpty();
        // EU and UK need more than 50% at each step
        assertThat(blocked("B", Jurisdiction.EU)).isFalse();
        assertThat(blocked("B", Jurisdiction.UK)).isFalse();
        g.holding(Holding.owns("X", "A", Share.exact(1))); // X now holds 51% of A
        owns("A", "B", 1); // and A now holds 51% of B
        assertThat(blocked("B", Jurisdiction.EU)).isTrue();
        assertThat(blocked("B", Jurisdiction.UK)).isTrue();
    }

    @Test
    void addsIndirectHoldingsThroughTwoBlockedSubsidiaries() {
        // FAQ 401 example 2: X owns 50% of A and of B; A and B each own 25% of C: C is blocked (25% + 25%).
        listed("X");
        entity("A", "B", "C");
        owns("X", "A", 50);
        owns("X", "B", 50);
        owns("A", "C", 25);
        owns("B", "C", 25);
        Determination us = OwnershipRule.decide(g, "C", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.aggregateShare()).isEqualByComparingTo("50");
        assertThat(us.paths()).extracting(OwnershipRuleTest::owners)
                .containsExactlyInAnyOrder(List.of("X", "A"), List.of("X", "B"));
    }

    @Test
    void addsADirectAndAnIndirectHolding() {
        // FAQ 401 example 3: X owns 50% of A and 10% of B; A owns 40% of B: B is blocked (10% + 40%).
        listed("X");
        entity("A", "B");
        owns("X", "A", 50);
        owns("X", "B", 10);
        owns("A", "B", 40);
        Determination us = OwnershipRule.decide(g, "B", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.paths()).extracting(OwnershipRuleTest::owners)
                .containsExactlyInAnyOrder(List.of("X"), List.of("X", "A"));
    }

    @Test
    void ignoresHoldingsOfSubsidiariesThatAreNotThemselvesBlocked() {
        // FAQ 401 (as summarised in the 2014 client alerts): X owns 25% of A and 25% of B, A and B each own 50% of C:
        // X is not considered to own any of C indirectly, because A and B are not blocked.
        listed("X");
        entity("A", "B", "C");
        owns("X", "A", 25);
        owns("X", "B", 25);
        owns("A", "C", 50);
        owns("B", "C", 50);
        for (Jurisdiction j : Jurisdiction.values()) {
            assertThat(blocked("C", j)).as(j.name()).isFalse();
        }
    }

    @Test
    void fiftyPercentThroughACompanyOnlyFortyPercentBlockedOwnedDoesNotBlock() {
        // FAQ 401 definition of "indirectly": only through entities 50% or more owned by blocked persons.
        listed("X");
        entity("A", "B");
        owns("X", "A", 40);
        owns("A", "B", 50);
        Determination us = OwnershipRule.decide(g, "B", Jurisdiction.US);
        assertThat(us.blocked()).isFalse();
        assertThat(us.paths()).isEmpty();
        assertThat(us.aggregateShare()).isEqualByComparingTo("0");
    }

    @Test
    void controlWithoutOwnershipBlocksUnderEuAndUkOnly() {
        // FAQ 398: the 50 Percent Rule speaks only to ownership, not to control. EU Best Practices and OFSI 4.14:
        // control by a listed/designated person is enough.
        listed("X");
        entity("C", "OTHER");
        owns("OTHER", "C", 100);
        g.holding(Holding.controls("X", "C"));
        assertThat(blocked("C", Jurisdiction.US)).isFalse();
        for (Jurisdiction j : List.of(Jurisdiction.EU, Jurisdiction.UK)) {
            Determination d = OwnershipRule.decide(g, "C", j);
            assertThat(d.blocked()).as(j.name()).isTrue();
            assertThat(d.controlled()).isTrue();
            assertThat(d.paths()).hasSize(1);
            assertThat(d.paths().get(0).get(0).controls()).isTrue();
        }
    }

    @Test
    void aggregatesOwnersBlockedUnderDifferentPrograms() {
        // FAQ 399: the holdings of persons blocked under different OFAC programs are added up.
        g.party(new Party("X", "X", Map.of(Jurisdiction.US, List.of("SDGT"))));
        g.party(new Party("Y", "Y", Map.of(Jurisdiction.US, List.of("IRAN"))));
        entity("A");
        owns("X", "A", 20);
        owns("Y", "A", 30);
        Determination us = OwnershipRule.decide(g, "A", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.paths().stream().flatMap(p -> p.stream()).flatMap(s -> s.ownerPrograms().stream())
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("SDGT", "IRAN");
        assertThat(blocked("A", Jurisdiction.EU)).as("listed by the US only").isFalse();
    }

    @Test
    void reportsACycleWithoutBlockingOnItAlone() {
        entity("A", "B");
        owns("A", "B", 60);
        owns("B", "A", 60);
        Determination us = OwnershipRule.decide(g, "A", Jurisdiction.US);
        assertThat(us.blocked()).isFalse();
        assertThat(us.cycles()).hasSize(1);
        assertThat(us.cycles().get(0)).containsExactlyInAnyOrder("A", "B");
        assertThat(us.notes()).anyMatch(n -> n.contains("cycle"));
    }

    @Test
    void blocksAcrossACycleWhenItTracesBackToAListedParty() {
        listed("X");
        entity("A", "B");
        owns("X", "A", 50);
        owns("A", "B", 60);
        owns("B", "A", 40);
        Determination us = OwnershipRule.decide(g, "B", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.cycles()).isNotEmpty();
        assertThat(us.paths()).extracting(OwnershipRuleTest::owners).containsExactly(List.of("X", "A"));
    }

    @Test
    void missingShareOfABlockedOwnerIsUndetermined() {
        listed("X");
        entity("C", "Z");
        g.holding(Holding.owns("X", "C", Share.unknown()));
        owns("Z", "C", 10);
        Determination us = OwnershipRule.decide(g, "C", Jurisdiction.US);
        assertThat(us.blocked()).isNull();
        assertThat(us.notes()).anyMatch(n -> n.contains("cannot tell") && n.contains("Blocked X"));
        assertThat(blocked("C", Jurisdiction.UK)).isNull();
    }

    @Test
    void missingShareOfAnOwnerWithNoBlockedOwnersChangesNothing() {
        listed("X");
        entity("C", "Z");
        g.holding(Holding.owns("Z", "C", Share.unknown()));
        owns("X", "C", 10);
        assertThat(blocked("C", Jurisdiction.US)).isFalse();
    }

    @Test
    void missingShareUpTheChainLeavesTheChainUndetermined() {
        listed("X");
        entity("A", "B");
        g.holding(Holding.owns("X", "A", Share.unknown()));
        owns("A", "B", 100);
        assertThat(blocked("B", Jurisdiction.US)).isNull();
    }

    @Test
    void rangeIsDecidedOnItsLowerBoundAndSaysWhenTheUpperWouldBlock() {
        listed("X");
        entity("A", "B");
        g.holding(Holding.owns("X", "A", Share.range(40, 60)));
        g.holding(Holding.owns("X", "B", Share.range(50, 60)));
        Determination a = OwnershipRule.decide(g, "A", Jurisdiction.US);
        assertThat(a.blocked()).isFalse();
        assertThat(a.upperBoundWouldBlock()).isTrue();
        assertThat(a.aggregateShare()).isEqualByComparingTo("40");
        assertThat(blocked("B", Jurisdiction.US)).isTrue();
        assertThat(blocked("B", Jurisdiction.EU)).isFalse();
        assertThat(OwnershipRule.decide(g, "B", Jurisdiction.EU).upperBoundWouldBlock()).isTrue();
    }

    @Test
    void exactlyFiftyBlocksUnderUsButNotEuOrUk() {
        listed("X");
        entity("A");
        owns("X", "A", 50);
        assertThat(blocked("A", Jurisdiction.US)).isTrue();
        assertThat(blocked("A", Jurisdiction.EU)).isFalse();
        assertThat(blocked("A", Jurisdiction.UK)).isFalse();
    }

    @Test
    void ukCountsOneOwnersSeveralHoldingsTogether() {
        listed("X");
        entity("A");
        owns("X", "A", 30);
        owns("X", "A", 25);
        assertThat(blocked("A", Jurisdiction.UK)).isTrue();
    }

    @Test
    void aVeryLongChainNeitherOverflowsNorLosesThePath() {
        listed("P0");
        for (int i = 1; i <= 3000; i++) {
            entity("P" + i);
            owns("P" + (i - 1), "P" + i, 100);
        }
        owns("P3000", "P1", 1); // and a cycle back up the chain
        Determination us = OwnershipRule.decide(g, "P3000", Jurisdiction.US);
        assertThat(us.blocked()).isTrue();
        assertThat(us.paths().get(0)).hasSize(3000);
        assertThat(us.cycles()).isNotEmpty();
    }

    @Test
    void listedEntityIsBlockedAndUnlistedWithoutOwnersIsNot() {
        listed("X");
        entity("A");
        assertThat(blocked("X", Jurisdiction.US)).isTrue();
        assertThat(OwnershipRule.decide(g, "X", Jurisdiction.US).paths()).isEmpty();
        assertThat(blocked("A", Jurisdiction.US)).isFalse();
    }

    @Test
    void rejectsImpossibleSharesAndUnknownParties() {
        assertThrows(IllegalArgumentException.class, () -> Share.exact(101));
        assertThrows(IllegalArgumentException.class, () -> Share.range(60, 40));
        assertThrows(IllegalArgumentException.class, () -> Share.exact(-1));
        entity("A");
        assertThrows(IllegalArgumentException.class, () -> owns("NOBODY", "A", 10));
        assertThrows(IllegalArgumentException.class, () -> OwnershipRule.decide(g, "NOBODY", Jurisdiction.US));
    }
}
