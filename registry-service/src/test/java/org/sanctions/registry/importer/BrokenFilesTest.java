package org.sanctions.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken variants of the real files, made here from their bytes: cut off, of another format, random bytes, and in
 * the wrong encoding. Each must be refused as a whole with a message that names the file, never parsed into parties.
 */
class BrokenFilesTest {

    @TempDir
    Path dir;

    /**
     * Format, a file of it (for UK CSV and the registry export, which have no real file here, a file named like one),
     * the charset the format expects (null for containers and for those two), another format's file.
     */
    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(ListFormat.OFAC_SDN_CSV, "ofac_sdn_2024-05/sdn.csv", "windows-1252", "un_sc/UN_consolidated.xml"),
                Arguments.of(ListFormat.UN_SC_XML, "un_sc/UN_consolidated.xml", "UTF-8", "ofac_sdn_2024-05/sdn.csv"),
                Arguments.of(ListFormat.OFAC_ENHANCED_XML, "ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP", null,
                        "un_sc/UN_consolidated.xml"),
                Arguments.of(ListFormat.UK_OFSI_XLSX, "uk_ofsi/UK_Sanctions_List.xlsx", null,
                        "ofac_consolidated_nonsdn/CONS_ENHANCED.ZIP"),
                Arguments.of(ListFormat.UK_OFSI_CSV, "us_csl/consolidated.csv.gz", null, "us_csl/consolidated.csv.gz"),
                Arguments.of(ListFormat.US_CSL_CSV, "us_csl/consolidated.csv.gz", "UTF-8", "ofac_sdn_2024-05/sdn.csv"),
                Arguments.of(ListFormat.FTM_JSONL, "opensanctions_ftm/zala/entities.ftm.json", "UTF-8",
                        "us_csl/consolidated.csv.gz"),
                Arguments.of(ListFormat.REGISTRY_NDJSON, "opensanctions_ftm/zala/entities.ftm.json", null,
                        "opensanctions_ftm/zala/entities.ftm.json"));
    }

    /** The formats with a real file to cut (UK CSV and the export share CsvRows and JsonLines with CSL and FtM). */
    static Stream<Arguments> realFiles() {
        return formats().filter(a -> a.get()[0] != ListFormat.UK_OFSI_CSV && a.get()[0] != ListFormat.REGISTRY_NDJSON);
    }

    /** The text formats (zip and XLSX containers carry their own encoding). */
    static Stream<Arguments> textFormats() {
        return formats().filter(a -> a.get()[2] != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void refusesATruncatedFile(ListFormat format, String real, String charset, String other) throws IOException {
        byte[] bytes = Files.readAllBytes(TestData.path(real));
        int cut = bytes.length * 3 / 5;
        if (charset != null) {
            while (bytes[cut] != '\n') {
                cut++;
            }
            cut += 7; // in the middle of the next line
        }
        Path truncated = write(real, java.util.Arrays.copyOf(bytes, cut));
        assertRefused(format, truncated, "truncated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void refusesAnotherFormatsFile(ListFormat format, String real, String charset, String other) throws IOException {
        Path wrong = write(Path.of(other).getFileName().toString(), Files.readAllBytes(TestData.path(other)));
        assertRefused(format, wrong, "wrong format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void refusesBinaryGarbage(ListFormat format, String real, String charset, String other) throws IOException {
        byte[] garbage = new byte[200_000];
        new Random(42).nextBytes(garbage);
        assertRefused(format, write(real, garbage), "garbage");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFormats")
    void refusesTextInTheWrongEncoding(ListFormat format, String real, String charset, String other) throws IOException {
        String text = new String(decompressed(real), Charset.forName(charset));
        String name = Path.of(real).getFileName().toString().replace(".gz", "");
        assertRefused(format, write("utf16-" + name, text.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without BOM");
        if (charset.equals("UTF-8")) {
            // cp1252 bytes of curly quotes and accents are not UTF-8
            assertRefused(format, write("cp1252-" + name, text.getBytes(Charset.forName("windows-1252"))), "cp1252");
        }
    }

    private void assertRefused(ListFormat format, Path file, String variant) {
        long[] parties = {0};
        Throwable thrown = catchThrowable(() -> ListParsers.forFormat(format)
                .parse(ImportInput.of(file), p -> parties[0]++, r -> { }));
        assertThat(thrown).as("%s %s", format, variant).isInstanceOf(ListFormatException.class);
        assertThat(thrown.getMessage()).as("message names the file").contains(file.getFileName().toString()
                .replace(".gz", "")).doesNotContain(dir.toString());
        System.out.printf("%-18s %-18s after %5d parties: %s%n", format, variant, parties[0], thrown.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(Path.of(name).getFileName().toString());
        return Files.write(file, bytes);
    }

    private static byte[] decompressed(String real) throws IOException {
        try (InputStream raw = Files.newInputStream(TestData.path(real));
             InputStream in = real.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
