package org.sanctions.registry.importer.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;
import static org.sanctions.registry.importer.ImportedName.Type.WEAK_AKA;
import static org.sanctions.registry.importer.Parsed.names;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.TestData;

class UnXmlParserTest {

    private static Parsed un;

    @BeforeAll
    static void parseTheFebruary2026List() {
        un = Parsed.of(new UnXmlParser(), TestData.input("un_sc/UN_consolidated.xml"));
    }

    @Test
    void readsEveryIndividualAndEntity() {
        assertThat(un.rejects()).isEmpty();
        assertThat(un.parties()).hasSize(1_003);
        assertThat(un.parties()).filteredOn(p -> p.kind() == ImportedParty.Kind.PERSON).hasSize(730);
        assertThat(un.summary().publicationDate()).isEqualTo("2026-02-27");
        assertThat(un.summary().programs()).hasSize(14);
    }

    @Test
    void keepsArabicAndCyrillicOriginalScriptNames() {
        ImportedParty saddam = un.sourceId("IQi.001");
        assertThat(saddam.primaryName()).isEqualTo("SADDAM HUSSEIN AL-TIKRITI");
        assertThat(saddam.names()).extracting(ImportedName::fullName, ImportedName::type, ImportedName::script)
                .contains(Tuple.tuple("صدام حسين التكريتي", AKA, "Arab"), Tuple.tuple("Abu Ali", WEAK_AKA, "Latn"));
        assertThat(saddam.birthDates()).containsExactly(ImportedBirthDate.exact("1937-04-28"));
        assertThat(saddam.nationalities()).containsExactly("IQ");

        ImportedParty umarov = un.sourceId("QDi.290");
        assertThat(umarov.names()).extracting(ImportedName::fullName, ImportedName::script)
                .contains(Tuple.tuple("Умаров Доку Хаматович", "Cyrl"));
        assertThat(names(umarov, AKA)).contains("Lom-ali Butayev (Butaev)", "Dokka Umarov");
        assertThat(umarov.birthDates()).containsExactly(ImportedBirthDate.exact("1964-04-13"),
                ImportedBirthDate.exact("1965-04-13"), ImportedBirthDate.exact("1964-05-12"),
                ImportedBirthDate.exact("1955"));
        assertThat(umarov.nationalities()).containsExactly("RU");

        assertThat(un.sourceId("QDe.131").names()).extracting(ImportedName::fullName, ImportedName::script)
                .contains(Tuple.tuple("Эмират Кавказ", "Cyrl"));
        // 366 records give an Arabic original-script name; QDe.138 has only an Arabic alias.
        assertThat(un.parties()).filteredOn(p -> hasScript(p, "Arab")).hasSize(367);
        assertThat(un.parties()).filteredOn(p -> hasScript(p, "Cyrl")).hasSize(11);
        assertThat(un.sourceId("QDe.138").names()).extracting(ImportedName::script).contains("Arab");
    }

    @Test
    void readsListTypeAsProgramWithListingDate() {
        ImportedParty badege = un.sourceId("CDi.001");
        assertThat(badege.primaryName()).isEqualTo("ERIC BADEGE");
        assertThat(badege.birthDates()).containsExactly(ImportedBirthDate.exact("1971"));
        assertThat(badege.nationalities()).containsExactly("CD");
        assertThat(badege.gender()).isEqualTo(ImportedParty.Gender.MALE);
        assertThat(badege.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::authority, ImportedMeasure::listedDate).containsExactly(
                Tuple.tuple("UN-DRC", ImportedMeasure.Type.ASSET_FREEZE, "UN-SC", "2012-12-31"),
                Tuple.tuple("UN-DRC", ImportedMeasure.Type.TRAVEL_BAN, "UN-SC", "2012-12-31"));
        assertThat(un.sourceId("CDi.030").birthDates()).contains(ImportedBirthDate.range("1973", "1974", false));
    }

    @Test
    void understandsTheNationalityAndAddressCountries() {
        assertThat(un.summary().unknownCountries()).isEmpty();
    }

    private static boolean hasScript(ImportedParty party, String script) {
        return party.names().stream().anyMatch(n -> script.equals(n.script()));
    }
}
