package org.sanctions.registry.importer.ndjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ImportedMeasure;
import org.sanctions.registry.importer.ImportedParty;
import org.sanctions.registry.importer.ListFormatException;
import org.sanctions.registry.importer.Parsed;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.importer.TestData;
import org.sanctions.registry.importer.ofac.OfacCsvParser;

class RegistryExportParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER =
            "{\"format\":\"sanctions-registry-export\",\"formatVersion\":1,\"seq\":123,\"exportedAt\":\"2026-03-01T10:00:00Z\"}";

    @Test
    void readsBackAnExportOfTheFullOfacSetUnchanged(@TempDir Path dir) throws Exception {
        Parsed ofac = Parsed.of(OfacCsvParser.sdn(), TestData.input("ofac_sdn_2021-07_fullset/sdn.csv",
                "ofac_sdn_2021-07_fullset/alt.csv", "ofac_sdn_2021-07_fullset/add.csv",
                "ofac_sdn_2021-07_fullset/sdn_comments.csv"));
        Path export = dir.resolve("export.ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (var program : ofac.summary().programs()) {
                out.write(JSON.writeValueAsString(Map.of("program", program)) + "\n");
            }
            for (ImportedParty party : ofac.parties()) {
                out.write(JSON.writeValueAsString(Map.of("party", party)) + "\n");
            }
        }
        Parsed copy = Parsed.of(new RegistryExportParser(), ImportInput.of(export));
        assertThat(copy.rejects()).isEmpty();
        assertThat(copy.parties()).containsExactlyElementsOf(ofac.parties());
        assertThat(copy.summary().programs()).containsExactlyElementsOf(ofac.summary().programs());
        assertThat(copy.summary().publicationDate()).isEqualTo("2026-03-01");
    }

    @Test
    void readsPartyDtoLinesWithRegistryFieldsAndKeepsRevokedMeasuresAndHandCuratedParties(@TempDir Path dir)
            throws Exception {
        Path export = dir.resolve("export.ndjson");
        Files.writeString(export, String.join("\n", HEADER,
                "{\"program\":{\"code\":\"HK-EO13936\",\"name\":\"Hong Kong Autonomy Act\",\"authority\":\"US-OFAC\","
                        + "\"legalBasis\":\"EO 13936\",\"description\":null,\"url\":null,\"version\":1}}",
                "{\"party\":{\"id\":\"7f1c0c1e-0000-4000-8000-000000000001\",\"kind\":\"PERSON\",\"version\":3,"
                        + "\"names\":[{\"fullName\":\"LEE, John Ka-chiu\",\"type\":\"PRIMARY\",\"script\":\"Latn\","
                        + "\"language\":\"en\"}],\"birthDates\":[{\"date\":\"1957-12-07\",\"circa\":false}],"
                        + "\"nationalities\":[\"CN\"],\"gender\":\"MALE\",\"sources\":[{\"authority\":\"US-OFAC\","
                        + "\"list\":\"SDN\",\"sourceId\":\"29250\",\"url\":null}],\"measures\":[{\"id\":\"m-1\","
                        + "\"program\":\"HK-EO13936\",\"type\":\"ASSET_FREEZE\",\"authority\":\"US-OFAC\","
                        + "\"listedDate\":\"2020-08-07\",\"effectiveDate\":\"2020-08-07\",\"status\":\"REVOKED\","
                        + "\"statusDate\":\"2025-01-01\",\"statusReason\":\"removed from SDN on 2025-01-01\","
                        + "\"sourceUrl\":null}],\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\"}}",
                "{\"party\":{\"id\":\"7f1c0c1e-0000-4000-8000-000000000002\",\"kind\":\"ORGANIZATION\","
                        + "\"names\":[{\"fullName\":\"HAND CURATED LTD\",\"type\":\"PRIMARY\"}],\"sources\":[]}}",
                "{\"party\":{\"kind\":\"PERSON\",\"names\":[]}}",
                "{\"something\":1}") + "\n");
        Parsed parsed = Parsed.of(new RegistryExportParser(), ImportInput.of(export));
        assertThat(parsed.parties()).hasSize(2);
        ImportedParty lee = parsed.parties().get(0);
        assertThat(lee.id()).isEqualTo("7f1c0c1e-0000-4000-8000-000000000001");
        assertThat(lee.key()).isEqualTo(new SourceKey("US-OFAC", "SDN", "29250"));
        assertThat(lee.measures()).extracting(ImportedMeasure::status, ImportedMeasure::statusReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ImportedMeasure.Status.REVOKED,
                        "removed from SDN on 2025-01-01"));
        assertThat(parsed.parties().get(1).key())
                .isEqualTo(new SourceKey("REGISTRY", "PARTY", "7f1c0c1e-0000-4000-8000-000000000002"));
        assertThat(parsed.summary().programs()).extracting(p -> p.legalBasis()).containsExactly("EO 13936");
        assertThat(parsed.rejects()).extracting(r -> r.line()).containsExactly(5L, 6L);
        assertThat(parsed.rejects().get(0).reason()).contains("at least one name");
    }

    @Test
    void refusesAFileWithoutTheExportHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("entities.ftm.json");
        Files.copy(TestData.path("opensanctions_ftm/t1/entities.ftm.json"), file);
        assertThatThrownBy(() -> Parsed.of(new RegistryExportParser(), ImportInput.of(file)))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("is not a registry export");
        Path future = dir.resolve("future.ndjson");
        Files.writeString(future, HEADER.replace("\"formatVersion\":1", "\"formatVersion\":2") + "\n");
        assertThatThrownBy(() -> Parsed.of(new RegistryExportParser(), ImportInput.of(future)))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("formatVersion 2");
    }
}
