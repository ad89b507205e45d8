package org.sanctions.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.DeltaPlanner.Change;
import org.sanctions.registry.importer.DeltaPlanner.DeltaPlan;
import org.sanctions.registry.importer.ofac.OfacCsvParser;

class DeltaPlannerTest {

    private static List<ImportedParty> sdn2024;
    private static List<ImportedParty> full2021;
    private static List<ImportedParty> sdnOnly2021;

    @BeforeAll
    static void parseTheTwoOfacDates() {
        sdn2024 = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2024-05/sdn.csv")).parties();
        full2021 = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2021-07_fullset/sdn.csv",
                "ofac_sdn_2021-07_fullset/alt.csv", "ofac_sdn_2021-07_fullset/add.csv",
                "ofac_sdn_2021-07_fullset/sdn_comments.csv")).parties();
        sdnOnly2021 = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2021-07_fullset/sdn.csv")).parties();
    }

    @Test
    void reimportingTheSameFileChangesNothing() {
        DeltaPlan plan = DeltaPlanner.plan(stored(sdn2024), sdn2024);
        assertThat(plan.isNoOp()).isTrue();
        assertThat(plan.unchanged()).isEqualTo(14_965);
    }

    @Test
    void theMay2024ListAfterTheJuly2021ListChangesExactlyTheEntriesThatChanged() {
        // Independent count from the raw rows: 6,870 ent_nums are new, 881 are gone, 745 of the 8,095 kept rows differ.
        DeltaPlan plan = DeltaPlanner.plan(stored(sdnOnly2021), sdn2024);
        assertThat(plan.added()).hasSize(6_870);
        assertThat(plan.toRevoke()).hasSize(881);
        assertThat(plan.updated()).hasSize(745);
        assertThat(plan.unchanged()).isEqualTo(8_095 - 745);
    }

    @Test
    void theMay2024FileAfterTheFull2021SetAlsoUpdatesEntriesThatLoseTheirAliasesAndAddresses() {
        // The 2024 download is sdn.csv alone, so entries whose alt/add rows the 2021 set carried now read differently.
        DeltaPlan plan = DeltaPlanner.plan(stored(full2021), sdn2024);
        assertThat(plan.added()).hasSize(6_870);
        assertThat(plan.toRevoke()).hasSize(881);
        assertThat(plan.updated()).hasSize(6_871);
        assertThat(plan.unchanged()).isEqualTo(1_224);
        assertThat(plan.updated()).contains(new SourceKey("US-OFAC", "SDN", "29249")); // LAM, Carrie: aliases gone
    }

    @Test
    void ignoresTheOrderOfNamesAndOtherLists() {
        ImportedParty lam = full2021.stream().filter(p -> p.primaryName().equals("LAM, Carrie")).findFirst().orElseThrow();
        List<ImportedName> names = new ArrayList<>(lam.names());
        Collections.reverse(names);
        ImportedParty reordered = new ImportedParty(lam.id(), lam.kind(), names, lam.birthDates(), lam.placesOfBirth(),
                lam.nationalities(), lam.citizenships(), lam.gender(), lam.positions(), lam.identifiers(),
                lam.addresses(), lam.remarks(), lam.sources(), lam.measures(), lam.linkedTo());
        assertThat(PartyFingerprint.of(reordered)).isEqualTo(PartyFingerprint.of(lam));
        ImportedParty otherBirthDate = new ImportedParty(lam.id(), lam.kind(), lam.names(),
                List.of(ImportedBirthDate.exact("1957-05-14")), lam.placesOfBirth(), lam.nationalities(),
                lam.citizenships(), lam.gender(), lam.positions(), lam.identifiers(), lam.addresses(), lam.remarks(),
                lam.sources(), lam.measures(), lam.linkedTo());
        assertThat(PartyFingerprint.of(otherBirthDate)).isNotEqualTo(PartyFingerprint.of(lam));
        assertThat(PartyFingerprint.of(lam)).matches("[0-9a-f]{64}");
    }

    @Test
    void reportsAKeyThatComesTwiceInOneFile() {
        ImportedParty first = sdn2024.get(0);
        DeltaPlanner planner = new DeltaPlanner(Map.of());
        assertThat(planner.classify(first)).isEqualTo(Change.ADDED);
        assertThat(planner.classify(first)).isEqualTo(Change.DUPLICATE);
        assertThat(planner.plan().duplicates()).containsExactly(first.key());
    }

    private static Map<SourceKey, String> stored(List<ImportedParty> parties) {
        return parties.stream().collect(Collectors.toMap(ImportedParty::key, PartyFingerprint::of));
    }
}
