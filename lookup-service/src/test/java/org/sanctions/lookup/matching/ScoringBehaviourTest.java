package org.sanctions.lookup.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Calibration and explanation: corroboration raises, contradiction lowers, asOf selects measures. */
class ScoringBehaviourTest {

    private static final double THRESHOLD = ScoringWeights.defaults().threshold();

    @Test
    void findsArabicNameSpelledDifferentlyAndExplainsTheVariant() {
        ListedParty party = person("MUHAMMAD AL-HUSAYN", 1961, "IQ", measure(null, null));
        withParty(party, index -> {
            Match m = top(index.screen(ScreeningQuery.byName("Mohammed al-Hussein", THRESHOLD)), party);

            assertThat(m.match()).isTrue();
            assertThat(m.explanation().alignments()).anySatisfy(a -> {
                assertThat(a.queryToken()).isEqualTo("mohammed");
                assertThat(a.nameToken()).isEqualTo("muhammad");
                assertThat(a.method()).isEqualTo(MatchMethod.VARIANT);
            });
            assertThat(m.explanation().alignments()).anySatisfy(a -> assertThat(a.nameToken()).isEqualTo("husayn"));
        });
    }

    @Test
    void exactNameWithNothingCorroboratingIsNotACertainty() {
        ListedParty party = person("ZAKHARCHENKO, Bogdan Ostapovich", 1970, "UA", measure(null, null));
        withParty(party, index -> {
            Match bare = top(index.screen(ScreeningQuery.byName("Bogdan Ostapovich Zakharchenko", 0)), party);
            Match corroborated = top(index.screen(query("Bogdan Ostapovich Zakharchenko", "1970", "UA", null)), party);

            assertThat(bare.score()).isLessThan(0.95);
            assertThat(bare.explanation().attributes()).anyMatch(a -> a.attribute().equals("corroboration"));
            assertThat(corroborated.score()).isGreaterThan(bare.score());
        });
    }

    @Test
    void contradictingBirthYearNationalityOrKindLowersTheScore() {
        ListedParty party = person("ZAKHARCHENKO, Bogdan Ostapovich", 1970, "UA", measure(null, null));
        withParty(party, index -> {
            double bare = top(index.screen(ScreeningQuery.byName("Bogdan Zakharchenko", 0)), party).score();
            Match wrongYear = top(index.screen(query("Bogdan Zakharchenko", "1994-03-02", null, null)), party);
            Match wrongCountry = top(index.screen(query("Bogdan Zakharchenko", null, "BR", null)), party);
            Match wrongKind = top(index.screen(query("Bogdan Zakharchenko", null, null, Kind.VESSEL)), party);

            assertThat(wrongYear.score()).isLessThan(bare);
            assertThat(wrongYear.explanation().attributes()).anySatisfy(a -> {
                assertThat(a.attribute()).isEqualTo("birthDate");
                assertThat(a.effect()).isEqualTo(AttributeEffect.Effect.LOWERED);
            });
            assertThat(wrongCountry.score()).isLessThan(bare);
            assertThat(wrongKind.score()).isLessThan(bare);
        });
    }

    @Test
    void substitutedNameTokenCostsMoreThanAnOmittedOne() {
        ListedParty party = person("TARIQ ANWAR EL SAYED AHMED", 1970, "EG", measure(null, null));
        withParty(party, index -> {
            double omitted = top(index.screen(ScreeningQuery.byName("Tariq Anwar El Sayed", 0)), party).score();
            double substituted = top(index.screen(ScreeningQuery.byName("Tariq Anwar El Sayed Mohamed", 0)), party)
                    .score();

            assertThat(substituted).isLessThan(omitted);
        });
    }

    @Test
    void asOfScreensAgainstMeasuresActiveOnThatDay() {
        ListedParty party = person("OSTAPENKO-ZAKHARCHUK, Bohdan", 1970, "UA",
                measure(LocalDate.of(2020, 8, 7), LocalDate.of(2023, 1, 15)));
        withParty(party, index -> {
            ScreeningQuery today = ScreeningQuery.byName("Bohdan Ostapenko-Zakharchuk", THRESHOLD);
            ScreeningQuery before = new ScreeningQuery(today.name(), null, null, null, Set.of(), Set.of(), Set.of(),
                    LocalDate.of(2021, 1, 1), THRESHOLD, 10);
            ScreeningQuery beforeListing = new ScreeningQuery(today.name(), null, null, null, Set.of(), Set.of(),
                    Set.of(), LocalDate.of(2019, 1, 1), THRESHOLD, 10);

            assertThat(index.screen(today)).noneMatch(m -> m.party().id().equals(party.id()));
            assertThat(index.screen(before)).anyMatch(m -> m.party().id().equals(party.id()));
            assertThat(index.screen(beforeListing)).noneMatch(m -> m.party().id().equals(party.id()));
        });
    }

    @Test
    void programFilterSelectsMeasures() {
        ListedParty party = person("OSTAPENKO-ZAKHARCHUK, Bohdan", 1970, "UA", measure(null, null));
        withParty(party, index -> {
            ScreeningQuery other = new ScreeningQuery("Bohdan Ostapenko-Zakharchuk", null, null, null,
                    Set.of("SDGT"), Set.of(), Set.of(), null, THRESHOLD, 10);
            ScreeningQuery same = new ScreeningQuery("Bohdan Ostapenko-Zakharchuk", null, null, null,
                    Set.of("TEST-PROGRAM"), Set.of("US-OFAC"), Set.of(MeasureType.ASSET_FREEZE), null, THRESHOLD, 10);

            assertThat(index.screen(other)).noneMatch(m -> m.party().id().equals(party.id()));
            assertThat(top(index.screen(same), party).measures()).hasSize(1);
        });
    }

    @Test
    void removedPartyIsNoLongerScreened() {
        ListedParty party = person("QWERTYUIOP, Asdfgh", 1970, "UA", measure(null, null));
        ScreeningIndex index = RealListIndex.get();
        index.upsert(party);
        assertThat(index.screen(ScreeningQuery.byName("Asdfgh Qwertyuiop", THRESHOLD))).isNotEmpty();

        index.remove(party.id());

        assertThat(index.screen(ScreeningQuery.byName("Asdfgh Qwertyuiop", THRESHOLD)))
                .noneMatch(m -> m.party().id().equals(party.id()));
    }

    private static Match top(List<Match> matches, ListedParty party) {
        assertThat(matches).as("results").anyMatch(m -> m.party().id().equals(party.id()));
        return matches.stream().filter(m -> m.party().id().equals(party.id())).findFirst().orElseThrow();
    }

    private static ScreeningQuery query(String name, String birth, String nationality, Kind kind) {
        return new ScreeningQuery(name, kind, birth == null ? null : PartialDate.parse(birth), nationality, Set.of(),
                Set.of(), Set.of(), null, 0, 10);
    }

    private static ListedParty person(String name, int birthYear, String nationality, Measure measure) {
        return new ListedParty("TEST-" + UUID.randomUUID(), Kind.PERSON, 1,
                List.of(new ListedName(name, NameType.PRIMARY)), List.of(BirthDate.range(birthYear, birthYear, false)),
                Set.of(nationality), List.of(new SourceRef("US-OFAC", "SDN", "1")), List.of(measure));
    }

    private static Measure measure(LocalDate listed, LocalDate revoked) {
        return new Measure("TEST-PROGRAM", MeasureType.ASSET_FREEZE, "US-OFAC", listed,
                revoked == null ? MeasureStatus.ACTIVE : MeasureStatus.REVOKED, revoked);
    }

    private static void withParty(ListedParty party, java.util.function.Consumer<ScreeningIndex> test) {
        ScreeningIndex index = RealListIndex.get();
        index.upsert(party);
        try {
            test.accept(index);
        } finally {
            index.remove(party.id());
        }
    }
}
