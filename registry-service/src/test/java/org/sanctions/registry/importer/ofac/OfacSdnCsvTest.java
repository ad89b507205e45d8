package org.sanctions.registry.importer.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;
import static org.sanctions.registry.importer.ImportedName.Type.FKA;
import static org.sanctions.registry.importer.ImportedName.Type.WEAK_AKA;
import static org.sanctions.registry.importer.Parsed.names;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.SourceRef;
import org.sanctions.registry.importer.TestData;

class OfacSdnCsvTest {

    private static Parsed sdn2024;

    @BeforeAll
    static void parseTheMay2024File() {
        sdn2024 = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2024-05/sdn.csv"));
    }

    @Test
    void readsEveryEntryOfTheMay2024File() {
        assertThat(sdn2024.rejects()).isEmpty();
        assertThat(sdn2024.parties()).hasSize(14_965);
        assertThat(sdn2024.summary().rowsRead()).isEqualTo(14_965);
        assertThat(sdn2024.bySourceId()).hasSize(14_965);
        assertThat(sdn2024.parties()).extracting(ImportedParty::kind).filteredOn(k -> k == ImportedParty.Kind.PERSON)
                .hasSize(6_854);
        assertThat(sdn2024.parties()).extracting(ImportedParty::kind).filteredOn(k -> k == ImportedParty.Kind.VESSEL)
                .hasSize(851);
        assertThat(sdn2024.parties()).extracting(ImportedParty::kind).filteredOn(k -> k == ImportedParty.Kind.AIRCRAFT)
                .hasSize(376);
    }

    @Test
    void readsCarrieLamFromTheRemarks() {
        ImportedParty lam = sdn2024.sourceId("29249");
        assertThat(lam.primaryName()).isEqualTo("LAM, Carrie");
        assertThat(lam.kind()).isEqualTo(ImportedParty.Kind.PERSON);
        assertThat(lam.source()).isEqualTo(new SourceRef("US-OFAC", "SDN", "29249",
                "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=29249"));
        assertThat(lam.birthDates()).containsExactly(ImportedBirthDate.exact("1957-05-13"));
        assertThat(lam.placesOfBirth()).containsExactly("Hong Kong");
        assertThat(lam.nationalities()).containsExactly("HK");
        assertThat(lam.gender()).isEqualTo(ImportedParty.Gender.FEMALE);
        assertThat(lam.positions()).containsExactly("Chief Executive of the Hong Kong Special Administrative Region");
        assertThat(lam.identifiers()).containsExactly(
                new ImportedIdentifier(ImportedIdentifier.Type.PASSPORT, "KJ0505670", "HK"),
                new ImportedIdentifier(ImportedIdentifier.Type.NATIONAL_ID, "D3356664", "HK"));
        assertThat(lam.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type, ImportedMeasure::authority)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HK-EO13936", ImportedMeasure.Type.ASSET_FREEZE,
                        "US-OFAC"));
        // The May 2024 download is sdn.csv alone: her romanized aliases live in alt.csv (see the full-set test).
        assertThat(lam.names()).hasSize(1);
        assertThat(lam.names().get(0).script()).isEqualTo("Latn");
    }

    @Test
    void readsJohnLeeWithHisWeakAlias() {
        ImportedParty lee = sdn2024.named("LEE, John Ka-chiu");
        assertThat(lee.source().sourceId()).isEqualTo("29250");
        assertThat(names(lee, WEAK_AKA)).containsExactly("LI, Jiachao");
        assertThat(lee.birthDates()).containsExactly(ImportedBirthDate.exact("1957-12-07"));
        // OFAC gives no place of birth for him in any file here (2021, 2024, CSL 2022).
        assertThat(lee.placesOfBirth()).isEmpty();
        assertThat(lee.gender()).isEqualTo(ImportedParty.Gender.MALE);
        assertThat(lee.positions()).containsExactly("Secretary for Security");
        assertThat(lee.identifiers()).containsExactly(
                new ImportedIdentifier(ImportedIdentifier.Type.NATIONAL_ID, "G0286787", "HK"));
        assertThat(lee.remarks()).contains("Hong Kong Autonomy Act of 2020");
    }

    @Test
    void readsTheElevenHongKongDesignationsOfAugust2020AndTheLaterOnes() {
        assertThat(sdn2024.parties()).filteredOn(p -> p.measures().stream()
                .anyMatch(m -> m.program().equals("HK-EO13936"))).hasSize(42);
    }

    @Test
    void splitsJoinedProgramsAndReadsRangesCircaAndAlternativeBirthDates() {
        ImportedParty naqdi = sdn2024.sourceId("12057");
        assertThat(naqdi.measures()).extracting(ImportedMeasure::program)
                .containsExactly("SDGT", "NPWMD", "IRGC", "IFSR", "IRAN-HR", "IRAN-EO13876");
        assertThat(naqdi.birthDates()).containsExactly(ImportedBirthDate.range("1951", "1953", false),
                ImportedBirthDate.range("1960", "1962", false), ImportedBirthDate.exact("1961-04"),
                ImportedBirthDate.exact("1953"));
        ImportedParty mahamoud = sdn2024.sourceId("11748");
        assertThat(mahamoud.birthDates()).containsExactly(ImportedBirthDate.range("1979", "1982", true),
                ImportedBirthDate.exact("1982"));
        assertThat(mahamoud.nationalities()).containsExactly("SO");
        assertThat(names(mahamoud, WEAK_AKA)).containsExactly("MUSCAB, Abu", "QORGAB");
        assertThat(sdn2024.sourceId("6915").citizenships()).containsExactly("EG");
    }

    @Test
    void readsVesselsWithFlagImoAndFormerNames() {
        ImportedParty ebano = sdn2024.sourceId("4243");
        assertThat(ebano.kind()).isEqualTo(ImportedParty.Kind.VESSEL);
        assertThat(ebano.nationalities()).containsExactly("PA");
        assertThat(ebano.identifiers()).contains(new ImportedIdentifier(ImportedIdentifier.Type.IMO, "7406784", null));
        assertThat(names(ebano, FKA)).containsExactly("ANA I", "SAND SWAN");
        assertThat(ebano.remarks()).contains("Vessel type General Cargo").contains("GRT 1865");
    }

    @Test
    void readsLinkedToAndEntitiesWithoutType() {
        ImportedParty bank = sdn2024.sourceId("4632");
        assertThat(bank.kind()).isEqualTo(ImportedParty.Kind.ORGANIZATION);
        assertThat(bank.linkedTo()).containsExactly("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE", "HIZBALLAH");
        assertThat(names(sdn2024.sourceId("306"), WEAK_AKA)).containsExactly("BNC");
        assertThat(names(sdn2024.sourceId("306"), AKA)).isEmpty();
    }

    @Test
    void readsABirthDateWhereverTheRemarksGiveOne() {
        long withDobInRemarks = sdn2024.parties().stream().filter(p -> p.remarks() != null && p.remarks().contains("DOB "))
                .count();
        assertThat(withDobInRemarks).isEqualTo(6_736);
        assertThat(sdn2024.parties()).filteredOn(p -> !p.birthDates().isEmpty()).hasSize((int) withDobInRemarks);
    }

    @Test
    void readsEveryWeakAliasOfTheRemarks() {
        long quoted = sdn2024.parties().stream().filter(p -> p.remarks() != null)
                .mapToLong(p -> p.remarks().split("a\\.k\\.a\\. '", -1).length - 1L).sum();
        long weak = sdn2024.parties().stream().mapToLong(p -> names(p, WEAK_AKA).size()).sum();
        // Three remarks (LAZARUS GROUP, TIAN Yinyin, KONDRATIEV) hit OFAC's 1,000-character cap inside an alias; the
        // rest of those remarks is in sdn_comments.csv, which was not published with this file.
        assertThat(quoted).isEqualTo(3_578);
        assertThat(weak).isEqualTo(quoted - 3);
    }

    @Test
    void understandsEveryNationalityAndCountrySpellingInTheFile() {
        // The one value left is not a country name but a statement: "nationality possibly Palestinian".
        assertThat(sdn2024.summary().unknownCountries()).containsOnlyKeys("possibly Palestinian");
    }
}
