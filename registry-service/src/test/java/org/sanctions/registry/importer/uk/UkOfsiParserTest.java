package org.sanctions.registry.importer.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctions.registry.importer.ImportedName.Type.AKA;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.importer.ImportFile;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedBirthDate;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedName;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.TestData;

class UkOfsiParserTest {

    private static final String XLSX = "uk_ofsi/UK_Sanctions_List.xlsx";
    private static Parsed uk;

    @BeforeAll
    static void parseTheApril2025Workbook() {
        uk = Parsed.of(UkOfsiParser.xlsx(), TestData.input(XLSX));
    }

    @Test
    void groupsTheNameRowsIntoDesignations() {
        assertThat(uk.rejects()).isEmpty();
        assertThat(uk.summary().rowsRead()).isEqualTo(18_796);
        assertThat(uk.parties()).hasSize(4_686);
        assertThat(uk.parties()).filteredOn(p -> p.kind() == ImportedParty.Kind.PERSON).hasSize(3_662);
        assertThat(uk.parties()).filteredOn(p -> p.kind() == ImportedParty.Kind.VESSEL).hasSize(15);
        assertThat(uk.summary().publicationDate()).isEqualTo("2025-04-10");
    }

    @Test
    void detectsNonLatinScriptsFromTheCharacters() {
        ImportedParty abbasi = uk.sourceId("16166");
        assertThat(abbasi.primaryName()).isEqualTo("FEREIDOUN ABBASI-DAVANI");
        assertThat(abbasi.names()).extracting(ImportedName::fullName, ImportedName::type, ImportedName::script)
                .contains(Tuple.tuple("Fereydoon ABBASI-DAVANI", AKA, "Latn"),
                        Tuple.tuple("فریدون عباسی دوانی", AKA, "Arab"));
        assertThat(abbasi.birthDates()).containsExactly(ImportedBirthDate.exact("1958-09-08"),
                ImportedBirthDate.exact("1958-07-11"));
        assertThat(abbasi.placesOfBirth()).containsExactly("Abadan, Iran");
        assertThat(abbasi.nationalities()).containsExactly("IR");
        assertThat(abbasi.gender()).isEqualTo(ImportedParty.Gender.MALE);
        assertThat(abbasi.measures()).extracting(ImportedMeasure::program, ImportedMeasure::type,
                ImportedMeasure::authority, ImportedMeasure::listedDate)
                .containsExactly(Tuple.tuple("UK-IRAN-NUCLEAR", ImportedMeasure.Type.ASSET_FREEZE, "UK-FCDO",
                        "2023-10-18"));

        ImportedParty abakarov = uk.sourceId("14241");
        assertThat(abakarov.primaryName()).isEqualTo("Khizri Magomedovich ABAKAROV");
        assertThat(abakarov.names()).extracting(ImportedName::fullName, ImportedName::script)
                .contains(Tuple.tuple("Хизри Магомедович Абакаров", "Cyrl"));
        assertThat(abakarov.birthDates()).containsExactly(ImportedBirthDate.exact("1960-06-28"));

        // 2,051 designations have Cyrillic letters in a non-Latin name; in one ("ЧВК Española") Latin letters dominate.
        assertThat(countWithScript("Cyrl")).isEqualTo(2_050);
        // 626 have Arabic letters in the non-Latin column, 13508 in presentation forms, 12066 in the Name 6 column.
        assertThat(countWithScript("Arab")).isEqualTo(628);
        assertThat(uk.sourceId("13508").names()).extracting(ImportedName::script).contains("Arab");
        assertThat(uk.sourceId("12066").names()).extracting(ImportedName::fullName).contains("شركة صروح العقارية");
    }

    @Test
    void listsTheCountrySpellingsItDoesNotKnow() {
        // What is left are the file's own typos and values in the wrong column.
        assertThat(uk.summary().unknownCountries())
                .containsOnlyKeys("Belrus", "Repubic of Moldova", "Moscow", "115088");
    }

    @Test
    void readsTheSameColumnsFromCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ConList.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            UkXlsxRows.read(ImportFile.of(TestData.path(XLSX)), (number, cells) -> {
                try {
                    printer.printRecord(cells);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        Parsed fromCsv = Parsed.of(UkOfsiParser.csv(), ImportInput.of(csv));
        assertThat(fromCsv.rejects()).isEmpty();
        assertThat(fromCsv.parties()).containsExactlyElementsOf(uk.parties());
        assertThat(fromCsv.summary().publicationDate()).isEqualTo("2025-04-10");
    }

    private static long countWithScript(String script) {
        return uk.parties().stream().filter(p -> p.names().stream().anyMatch(n -> script.equals(n.script()))).count();
    }
}
