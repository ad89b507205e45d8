package org.sanctions.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectorTest {

    static Stream<Arguments> realFiles() {
        return Stream.of(
                Arguments.of(new String[] {"ofac_sdn_2024-05/sdn.csv"}, ListFormat.OFAC_SDN_CSV),
                Arguments.of(new String[] {"ofac_sdn_2021-07_fullset/alt.csv", "ofac_sdn_2021-07_fullset/sdn.csv",
                    "ofac_sdn_2021-07_fullset/add.csv"}, ListFormat.OFAC_SDN_CSV),
                Arguments.of(new String[] {"ofac_consolidated_nonsdn/cons_prim.csv",
                    "ofac_consolidated_nonsdn/cons_alt.csv"}, ListFormat.OFAC_NON_SDN_CSV),
                Arguments.of(new String[] {"ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP"}, ListFormat.OFAC_ENHANCED_XML),
                Arguments.of(new String[] {"un_sc/UN_consolidated.xml"}, ListFormat.UN_SC_XML),
                Arguments.of(new String[] {"uk_ofsi/UK_Sanctions_List.xlsx"}, ListFormat.UK_OFSI_XLSX),
                Arguments.of(new String[] {"us_csl/consolidated.csv.gz"}, ListFormat.US_CSL_CSV),
                Arguments.of(new String[] {"opensanctions_ftm/t1/entities.ftm.json"}, ListFormat.FTM_JSONL),
                Arguments.of(new String[] {"opensanctions_ftm/zala/entities.ftm.json"}, ListFormat.FTM_JSONL));
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void recognisesEachRealFile(String[] files, ListFormat expected) {
        assertThat(FormatDetector.detect(TestData.input(files))).isEqualTo(expected);
    }

    @Test
    void recognisesTheRegistryExportAndTheUkCsv(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("registry.ndjson"),
                "{\"format\":\"sanctions-registry-export\",\"formatVersion\":1,\"seq\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\"}\n");
        assertThat(FormatDetector.detect(ImportInput.of(export))).isEqualTo(ListFormat.REGISTRY_NDJSON);
        Path conList = Files.writeString(dir.resolve("ConList.csv"), "Last Updated,10/04/2025\nName 6,Name 1,Group ID\n");
        assertThat(FormatDetector.detect(ImportInput.of(conList))).isEqualTo(ListFormat.UK_OFSI_CSV);
    }

    @Test
    void refusesADeclaredFormatTheContentContradicts() {
        ImportInput un = TestData.input("un_sc/UN_consolidated.xml");
        assertThatThrownBy(() -> FormatDetector.resolve(ListFormat.OFAC_SDN_CSV, un))
                .isInstanceOf(ListFormatException.class)
                .hasMessage("the upload was declared as OFAC_SDN_CSV (" + ListFormat.OFAC_SDN_CSV.description()
                        + ") but UN_consolidated.xml is UN_SC_XML (" + ListFormat.UN_SC_XML.description() + ")");
        assertThat(FormatDetector.resolve(ListFormat.UN_SC_XML, un)).isEqualTo(ListFormat.UN_SC_XML);
        assertThat(FormatDetector.resolve(null, un)).isEqualTo(ListFormat.UN_SC_XML);
    }

    @Test
    void letsTheClientChooseBetweenTheTwoOfacCsvListsThatLookAlike() {
        ImportInput cons = TestData.input("ofac_consolidated_nonsdn/cons_prim.csv");
        assertThat(FormatDetector.resolve(ListFormat.OFAC_SDN_CSV, cons)).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(FormatDetector.resolve(null, cons)).isEqualTo(ListFormat.OFAC_NON_SDN_CSV);
    }

    @Test
    void explainsAnAliasFileUploadedWithoutItsList() {
        assertThatThrownBy(() -> FormatDetector.detect(TestData.input("ofac_sdn_tiny/alt.csv")))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("looks like an OFAC alt.csv, add.csv or comments file on its own");
    }

    @Test
    void refusesUnknownContent(@TempDir Path dir) throws Exception {
        Path names = TestData.path("name_matching/cases.csv");
        assertThatThrownBy(() -> FormatDetector.detect(ImportInput.of(names)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("cannot tell the list format of cases.csv: it is text whose first line starts"
                        + " with 'case_group,schema,name1,name2");
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        assertThatThrownBy(() -> FormatDetector.detect(ImportInput.of(empty))).hasMessage("empty.csv is empty");
    }
}
