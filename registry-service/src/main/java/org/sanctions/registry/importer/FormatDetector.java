package org.sanctions.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctions.registry.importer.ndjson.RegistryExportParser;

/**
 * Tells the list format of an upload from its first bytes and first line (the file name only separates the OFAC SDN
 * list from the non-SDN list, whose files look alike). A format named by the client is checked against the content:
 * a wrong one is an error, never a parse of the wrong thing.
 */
public final class FormatDetector {

    private static final int HEAD_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)[\\s>/]");

    private FormatDetector() {
    }

    /** The format named by the client after checking the content agrees, or the detected one when none is named. */
    public static ListFormat resolve(ListFormat requested, ImportInput input) {
        ListFormat detected = detect(input);
        if (requested == null || requested == detected || isOfacCsv(requested) && isOfacCsv(detected)) {
            return requested == null ? detected : requested;
        }
        throw new ListFormatException("the upload was declared as " + requested + " (" + requested.description()
                + ") but " + mainCandidate(input).name() + " is " + detected + " (" + detected.description() + ")");
    }

    /** The format of the input, or a {@link ListFormatException} saying what the first line looks like. */
    public static ListFormat detect(ImportInput input) {
        ImportFile file = mainCandidate(input);
        try {
            if (isOfficeDocument(file)) {
                return ListFormat.UK_OFSI_XLSX;
            }
            String head = text(file);
            String start = head.stripLeading();
            if (start.startsWith("<")) {
                return xml(file, start);
            }
            if (start.startsWith("{")) {
                return json(file, start);
            }
            return csv(file, start);
        } catch (IOException e) {
            throw new ListFormatException(file.name() + " cannot be read (truncated or corrupt archive?): "
                    + e.getMessage(), e);
        }
    }

    private static ListFormat xml(ImportFile file, String head) {
        String body = head.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "").stripLeading();
        Matcher root = XML_ROOT.matcher(body);
        String name = root.lookingAt() ? root.group(1).replaceFirst("^.*:", "") : "?";
        if (name.equals("CONSOLIDATED_LIST")) {
            return ListFormat.UN_SC_XML;
        }
        if (name.equals("sanctionsData") && head.contains("ENHANCED_XML")) {
            return ListFormat.OFAC_ENHANCED_XML;
        }
        throw unknown(file, "an XML document with root element <" + name + ">");
    }

    private static ListFormat json(ImportFile file, String head) {
        String firstLine = head.lines().findFirst().orElse("");
        JsonNode first;
        try {
            first = JSON.readTree(firstLine);
        } catch (IOException e) {
            throw unknown(file, "text starting with '{' whose first line is not a JSON object");
        }
        if (RegistryExportParser.FORMAT.equals(first.path("format").asText(null))) {
            return ListFormat.REGISTRY_NDJSON;
        }
        if (first.has("schema") && first.path("properties").isObject()) {
            return ListFormat.FTM_JSONL;
        }
        throw unknown(file, "JSON lines whose first object has neither a registry export header nor FtM fields");
    }

    private static ListFormat csv(ImportFile file, String head) throws IOException {
        List<String> cells = firstRecord(head);
        if (cells.contains("_id") && cells.contains("source") && cells.contains("entity_number")) {
            return ListFormat.US_CSL_CSV;
        }
        if (!cells.isEmpty() && cells.get(0).trim().equals("Last Updated") || cells.contains("Name 6")
                && cells.contains("Group ID")) {
            return ListFormat.UK_OFSI_CSV;
        }
        boolean entNum = !cells.isEmpty() && cells.get(0).trim().matches("\\d{1,10}");
        if (entNum && cells.size() == 12) {
            return file.name().toLowerCase(Locale.ROOT).startsWith("cons") ? ListFormat.OFAC_NON_SDN_CSV
                    : ListFormat.OFAC_SDN_CSV;
        }
        if (entNum && (cells.size() == 5 || cells.size() == 6 || cells.size() == 2)) {
            throw new ListFormatException(file.name() + " looks like an OFAC alt.csv, add.csv or comments file on its"
                    + " own: upload it together with its sdn.csv (or cons_prim.csv)");
        }
        throw unknown(file, "text whose first line starts with '" + Texts.excerpt(head.lines().findFirst()
                .orElse(""), 60) + "'");
    }

    private static List<String> firstRecord(String head) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(head))
                .setFormat(CSVFormat.DEFAULT).get()) {
            for (CSVRecord record : parser) {
                return record.toList().stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
            }
            return List.of();
        } catch (UncheckedIOException e) {
            return List.of(); // a first line that is not CSV at all
        }
    }

    private static String text(ImportFile file) throws IOException {
        byte[] head = file.head(HEAD_BYTES);
        if (head.length == 0) {
            throw new ListFormatException(file.name() + " is empty");
        }
        try (CheckedTextReader reader = CheckedTextReader.of(new java.io.ByteArrayInputStream(head), file.name(),
                StandardCharsets.ISO_8859_1)) {
            return new String(readAll(reader, head.length));
        }
    }

    private static char[] readAll(CheckedTextReader reader, int max) throws IOException {
        char[] buf = new char[max];
        int n = 0;
        for (int r; n < max && (r = reader.read(buf, n, max - n)) > 0; ) {
            n += r;
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    private static boolean isOfficeDocument(ImportFile file) throws IOException {
        if (file.isZipMember()) {
            return false;
        }
        try (InputStream in = java.nio.file.Files.newInputStream(file.path())) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** In a multi-file OFAC set, the list file rather than its alt/add/comments companions. */
    private static ImportFile mainCandidate(ImportInput input) {
        return input.find(n -> !n.contains("alt") && !n.contains("add") && !n.contains("comments"))
                .orElse(input.main());
    }

    private static boolean isOfacCsv(ListFormat format) {
        return format == ListFormat.OFAC_SDN_CSV || format == ListFormat.OFAC_NON_SDN_CSV;
    }

    private static ListFormatException unknown(ImportFile file, String what) {
        return new ListFormatException("cannot tell the list format of " + file.name() + ": it is " + what
                + ", which is none of the known formats " + java.util.Arrays.toString(ListFormat.values()));
    }
}
