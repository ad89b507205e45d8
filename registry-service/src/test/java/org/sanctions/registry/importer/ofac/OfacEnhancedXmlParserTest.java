package org.sanctions.registry.importer.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;
import static org.sanctions.registry.importer.ImportedName.Type.FKA;
import static org.sanctions.registry.importer.Parsed.names;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedIdentifier;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.TestData;

/** CONS_ENHANCED.XML, read by streaming it out of CONS_ENHANCED.ZIP. */
class OfacEnhancedXmlParserTest {

    private static Parsed cons;

    @BeforeAll
    static void parseTheZippedJanuary2025File() {
        cons = Parsed.of(new OfacEnhancedXmlParser(), TestData.input("ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP"));
    }

    @Test
    void readsEveryEntityOfTheZippedFile() {
        assertThat(cons.rejects()).isEmpty();
        assertThat(cons.parties()).hasSize(443);
        assertThat(cons.parties()).filteredOn(p -> p.kind() == ImportedParty.Kind.PERSON).hasSize(80);
        assertThat(cons.summary().publicationDate()).isEqualTo("2025-01-10");
        assertThat(cons.parties()).allSatisfy(p -> assertThat(p.source().list()).isEqualTo("NON-SDN"));
        assertThat(cons.summary().unknownCountries()).isEmpty();
    }

    @Test
    void readsTheSameFactsAsTheLegacyCsv() {
        ImportedParty haniya = cons.sourceId("9639");
        assertThat(haniya.primaryName()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(names(haniya, AKA)).containsExactly("HANIYA, Ismail", "HANIYYA, Ismaeel");
        assertThat(haniya.birthDates()).containsExactly(ImportedBirthDate.exact("1962"));
        assertThat(haniya.placesOfBirth()).containsExactly("Shati");
        assertThat(haniya.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::listedDate).containsExactly(Tuple.tuple("NS-PLC", ImportedMeasure.Type.OTHER, "2006-04-12"));
    }

    @Test
    void keepsCyrillicAndChineseNameTranslations() {
        ImportedParty vtb = cons.sourceId("17013");
        assertThat(vtb.primaryName()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
        assertThat(vtb.names()).extracting(ImportedName::fullName, ImportedName::type, ImportedName::script).contains(
                Tuple.tuple("БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО", AKA, "Cyrl"),
                Tuple.tuple("БАНК ВТБ ПАО", AKA, "Cyrl"));
        assertThat(names(vtb, FKA)).contains("JSC VTB BANK", "BANK VNESHNEI TORGOVLI RSFSR");
        assertThat(vtb.identifiers()).contains(
                new ImportedIdentifier(ImportedIdentifier.Type.REGISTRATION, "1027739609391", "RU"),
                new ImportedIdentifier(ImportedIdentifier.Type.TAX_ID, "7702070139", "RU"));
        assertThat(vtb.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type).containsExactly(
                Tuple.tuple("UKRAINE-EO13662", ImportedMeasure.Type.SECTORAL),
                Tuple.tuple("RUSSIA-EO14024", ImportedMeasure.Type.ASSET_FREEZE));
        assertThat(cons.parties()).filteredOn(p -> hasScript(p, "Cyrl")).hasSize(22);
        assertThat(cons.parties()).filteredOn(p -> hasScript(p, "Hani")).hasSize(6);
        assertThat(cons.sourceId("33111").names()).extracting(ImportedName::fullName).contains("深圳市大疆创新科技有限公司");
    }

    private static boolean hasScript(ImportedParty party, String script) {
        return party.names().stream().anyMatch(n -> script.equals(n.script()));
    }
}
