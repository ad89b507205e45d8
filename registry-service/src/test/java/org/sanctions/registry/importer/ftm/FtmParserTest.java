package org.sanctions.registry.importer.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedAddress;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.TestData;

class FtmParserTest {

    @Test
    void readsTheEuSampleWithCyrillicAndGreekNames() {
        Parsed t1 = Parsed.of(new FtmParser(), TestData.input("opensanctions_ftm/t1/entities.ftm.json"));
        assertThat(t1.rejects()).isEmpty();
        assertThat(t1.summary().rowsRead()).isEqualTo(7);
        assertThat(t1.parties()).hasSize(6);
        ImportedParty tobacco = t1.sourceId("NK-2GdmHtZTeNXjNVrBGEXZNj");
        assertThat(tobacco.kind()).isEqualTo(ImportedParty.Kind.ORGANIZATION);
        assertThat(tobacco.primaryName()).isEqualTo("RAB „Inter Tobacco“");
        assertThat(tobacco.names()).extracting(ImportedName::fullName, ImportedName::script).contains(
                Tuple.tuple("Общество с ограниченной ответственностью “Интер Тобако”", "Cyrl"),
                Tuple.tuple("Εταιρία περιορισμένης ευθύνης “Inter Tobacco”", "Grek"),
                Tuple.tuple("LLC “Inter Tobacco”", "Latn"));
        assertThat(tobacco.identifiers())
                .containsExactly(new ImportedIdentifier(ImportedIdentifier.Type.REGISTRATION, "808000714", null));
        ImportedParty kuzmenko = t1.sourceId("NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(kuzmenko.primaryName()).isEqualTo("Vitaly Yurievich KUZMENKO");
        assertThat(kuzmenko.birthDates()).containsExactly(ImportedBirthDate.exact("1971-01-22"));
        assertThat(kuzmenko.nationalities()).containsExactly("RU");
        assertThat(kuzmenko.gender()).isEqualTo(ImportedParty.Gender.MALE);
        assertThat(kuzmenko.positions()).containsExactly("General Director of JSC 163 Armor Repair Plant");
        // The EU sample carries no Sanction entities: its parties come without measures.
        assertThat(t1.parties()).allSatisfy(p -> assertThat(p.measures()).isEmpty());
    }

    @Test
    void joinsSanctionsAndAddressesToTheirSubjectInTheZalaCluster() {
        Parsed zala = Parsed.of(new FtmParser(), TestData.input("opensanctions_ftm/zala/entities.ftm.json"));
        assertThat(zala.rejects()).isEmpty();
        assertThat(zala.summary().rowsRead()).isEqualTo(91);
        assertThat(zala.parties()).hasSize(14);
        ImportedParty zakharov = zala.sourceId("NK-aU5ybkbRFJucf8YMwsJvDw");
        assertThat(zakharov.primaryName()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
        assertThat(zakharov.birthDates()).containsExactly(ImportedBirthDate.exact("1965-09-21"));
        assertThat(zakharov.identifiers()).contains(
                new ImportedIdentifier(ImportedIdentifier.Type.TAX_ID, "183111242406", null));
        assertThat(zakharov.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::authority).contains(
                Tuple.tuple("US-RUSHAR", ImportedMeasure.Type.ASSET_FREEZE, "US-OFAC"),
                Tuple.tuple("GB-RUS", ImportedMeasure.Type.ASSET_FREEZE, "UK-FCDO"),
                Tuple.tuple("GB-RUS", ImportedMeasure.Type.TRAVEL_BAN, "UK-FCDO"),
                Tuple.tuple("EU-UKR", ImportedMeasure.Type.OTHER, "BE-FPSF"),
                Tuple.tuple("UA-SA1644", ImportedMeasure.Type.ASSET_FREEZE, "UA-NSDC"));
        assertThat(zakharov.addresses()).contains(
                new ImportedAddress("272 Pushkinskaya Street, Apt 41", "Izhevsk", null, "426008", "RU"));
        assertThat(zala.sourceId("NK-abdzbEBkqyT29GyREbiURZ").measures()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(zala.summary().unknownCountries()).isEmpty();
    }
}
