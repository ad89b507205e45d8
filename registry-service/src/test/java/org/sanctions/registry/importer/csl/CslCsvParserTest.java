package org.sanctions.registry.importer.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;
import static org.sanctions.registry.importer.Parsed.names;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedAddress;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.TestData;

/** The gzipped CSL of spring 2022, read without unpacking it first. */
class CslCsvParserTest {

    private static Parsed csl;

    @BeforeAll
    static void parseTheGzippedFile() {
        csl = Parsed.of(new CslCsvParser(), TestData.input("us_csl/consolidated.csv.gz"));
    }

    @Test
    void readsEveryRowAndMergesEntitiesListedOnSeveralLists() {
        assertThat(csl.rejects()).isEmpty();
        assertThat(csl.summary().rowsRead()).isEqualTo(14_160);
        assertThat(csl.parties()).hasSize(14_048);
        ImportedParty arimero = csl.sourceId("34616");
        assertThat(arimero.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::authority).containsExactlyInAnyOrder(
                Tuple.tuple("RUSSIA-EO14024", ImportedMeasure.Type.SECTORAL, "US-OFAC"),
                Tuple.tuple("RUSSIA-EO14024", ImportedMeasure.Type.ASSET_FREEZE, "US-OFAC"));
        assertThat(csl.parties()).filteredOn(p -> p.measures().stream()
                .anyMatch(m -> m.program().equals("HK-EO13936"))).hasSize(42);
    }

    @Test
    void readsCarrieLamWithAliasesDocumentsAndAddress() {
        ImportedParty lam = csl.sourceId("29249");
        assertThat(lam.primaryName()).isEqualTo("LAM, Carrie");
        assertThat(names(lam, AKA)).containsExactly("LAM CHENG, Yuet-ngor", "LAM CHENG, Carrie Yuet-ngor");
        assertThat(lam.birthDates()).containsExactly(ImportedBirthDate.exact("1957-05-13"));
        assertThat(lam.placesOfBirth()).containsExactly("Hong Kong");
        assertThat(lam.nationalities()).containsExactly("HK");
        assertThat(lam.gender()).isEqualTo(ImportedParty.Gender.FEMALE);
        assertThat(lam.identifiers()).containsExactly(
                new ImportedIdentifier(ImportedIdentifier.Type.PASSPORT, "KJ0505670", "HK"),
                new ImportedIdentifier(ImportedIdentifier.Type.NATIONAL_ID, "D3356664", "HK"));
        assertThat(lam.addresses()).containsExactly(
                new ImportedAddress("Victoria House, No. 15 Barker Road, The Peak", null, null, null, "HK"));
        assertThat(names(csl.sourceId("29250"), AKA)).containsExactly("LEE, John", "LEE, Ka Chiu", "LI, Jiachao");
    }

    @Test
    void readsExportControlListsWithTheirAgency() {
        ImportedParty plant = csl.named("140 Repair Plant JSC");
        assertThat(plant.kind()).isEqualTo(ImportedParty.Kind.ORGANIZATION);
        assertThat(plant.addresses()).extracting(ImportedAddress::country).containsExactly("BY");
        assertThat(plant.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::authority, ImportedMeasure::listedDate)
                .containsExactly(Tuple.tuple("EL", ImportedMeasure.Type.OTHER, "US-BIS", "2022-04-07"));
        // "NM" is New Mexico closing a US address that lacks its country; Kosovo's XK is understood.
        assertThat(csl.summary().unknownCountries()).containsOnlyKeys("NM");
    }
}
