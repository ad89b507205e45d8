package org.sanctions.registry.importer.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;
import static org.sanctions.registry.importer.ImportedName.Type.WEAK_AKA;
import static org.sanctions.registry.importer.Parsed.names;

import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedAddress;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.RejectedRow;
import org.sanctions.registry.importer.TestData;

/** The legacy CSV set with alt.csv, add.csv and sdn_comments.csv joined by ent_num. */
class OfacCsvSetTest {

    @Test
    void joinsTheJuly2021FullSet() {
        Parsed set = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2021-07_fullset/sdn.csv",
                "ofac_sdn_2021-07_fullset/alt.csv", "ofac_sdn_2021-07_fullset/add.csv",
                "ofac_sdn_2021-07_fullset/sdn_comments.csv"));
        assertThat(set.rejects()).isEmpty();
        assertThat(set.parties()).hasSize(8_976);
        assertThat(set.summary().rowsRead()).isEqualTo(8_976 + 11_910 + 13_837 + 5);

        ImportedParty lam = set.named("LAM, Carrie");
        assertThat(names(lam, AKA)).containsExactly("LAM CHENG, Yuet-ngor", "LAM CHENG, Carrie Yuet-ngor");
        assertThat(lam.addresses()).containsExactly(
                new ImportedAddress("Victoria House, No. 15 Barker Road, The Peak", null, null, null, "HK"));
        assertThat(lam.birthDates()).containsExactly(ImportedBirthDate.exact("1957-05-13"));

        ImportedParty lee = set.named("LEE, John Ka-chiu");
        assertThat(names(lee, AKA)).containsExactly("LEE, John", "LEE, Ka Chiu");
        assertThat(names(lee, WEAK_AKA)).containsExactly("LI, Jiachao");
        assertThat(lee.addresses()).containsExactly(new ImportedAddress(
                "Flat A, 5/F, Block 2, King's Park Villa, No. 1 King's Park Rise, Homantin", "Kowloon", null, null, "HK"));

        ImportedParty tian = set.sourceId("28263");
        assertThat(tian.remarks()).endsWith("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP.");
        assertThat(names(tian, WEAK_AKA)).contains("snowsjohn");
        assertThat(tian.linkedTo()).containsExactly("LAZARUS GROUP");
        // Left unmapped on purpose: a withdrawn code and a disputed region (kept in the address region instead).
        assertThat(set.summary().unknownCountries())
                .containsOnlyKeys("possibly Palestinian", "Netherlands Antilles", "Region: Kafia Kingi");
    }

    @Test
    void rejectsAliasesAndAddressesWhoseEntryIsMissing() {
        Parsed tiny = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_tiny/sdn.csv", "ofac_sdn_tiny/alt.csv",
                "ofac_sdn_tiny/add.csv", "ofac_sdn_tiny/sdn_comments.csv"));
        assertThat(tiny.parties()).hasSize(17);
        assertThat(tiny.rejects()).hasSize(5 + 4);
        assertThat(tiny.rejects()).extracting(RejectedRow::file).containsOnly("alt.csv", "add.csv");
        assertThat(tiny.rejects()).allSatisfy(r -> assertThat(r.reason()).matches("ent_num \\d+ has no entry in sdn.csv"));
        assertThat(tiny.rejects()).allSatisfy(r -> assertThat(r.line()).isPositive());
        assertThat(tiny.named("LOGAN MOREY, Elvis Angus").birthDates())
                .containsExactly(ImportedBirthDate.exact("1963-07-28"));
    }

    @Test
    void joinsThe2024ListWithTheJanuary2025AliasFilesAndReportsTheOrphans() {
        Parsed mixed = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2024-05/sdn.csv",
                "ofac_sdn_2025-01_partial/alt.csv", "ofac_sdn_2025-01_partial/add.csv",
                "ofac_sdn_2025-01_partial/sdn_comments.csv"));
        assertThat(mixed.parties()).hasSize(14_965);
        assertThat(mixed.rejects()).hasSize(1_468 + 2_474 + 2);
        assertThat(names(mixed.named("LAM, Carrie"), AKA))
                .containsExactly("LAM CHENG, Yuet-ngor", "LAM CHENG, Carrie Yuet-ngor");
    }

    @Test
    void readsTheNonSdnConsolidatedSetAsOtherAndSectoralMeasures() {
        Parsed cons = Parsed.of(OfacCsvParser.nonSdn(), TestData.input("ofac_consolidated_nonsdn/cons_prim.csv",
                "ofac_consolidated_nonsdn/cons_alt.csv", "ofac_consolidated_nonsdn/cons_add.csv",
                "ofac_consolidated_nonsdn/cons_comments.csv"));
        assertThat(cons.rejects()).isEmpty();
        assertThat(cons.parties()).hasSize(442);
        ImportedParty haniya = cons.sourceId("9639");
        assertThat(haniya.source().list()).isEqualTo("NON-SDN");
        assertThat(haniya.primaryName()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(names(haniya, AKA)).contains("HANIYA, Ismail");
        assertThat(haniya.birthDates()).containsExactly(ImportedBirthDate.exact("1962"));
        assertThat(haniya.placesOfBirth()).containsExactly("Shati");
        assertThat(haniya.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NS-PLC", ImportedMeasure.Type.OTHER));
        assertThat(cons.parties()).filteredOn(p -> p.measures().stream()
                .anyMatch(m -> m.program().equals("UKRAINE-EO13662") && m.type() == ImportedMeasure.Type.SECTORAL))
                .hasSize(286);
    }
}
