package org.sanctions.registry.imports;

import java.text.Normalizer;
import java.time.LocalDate;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;

/** The form fields of an upload, checked together so that one 400 problem lists every bad field. */
record ImportOrder(ListFormat format, String reason, LocalDate listDate, ImportMode mode, boolean preview) {

    static final int MAX_REASON = 1000;

    static ImportOrder parse(String format, String reason, String listDate, String mode, String preview, int files) {
        QueryParams fields = new QueryParams();
        ListFormat declared = null;
        if (format != null && !format.isBlank()) {
            try {
                declared = ListFormat.parse(format);
            } catch (ListFormatException e) {
                fields.fail("format", e.getMessage());
            }
        }
        String why = reason(fields, reason, "say why this list is imported (it is recorded with every change)");
        LocalDate date = fields.date("listDate", listDate == null ? null : listDate.strip());
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2100)) {
            fields.fail("listDate", "must lie between 1900-01-01 and 2100-12-31");
        }
        ImportMode meaning = mode == null || mode.isBlank() ? ImportMode.FULL
                : fields.enumValue("mode", mode.strip().toUpperCase(java.util.Locale.ROOT), ImportMode.class);
        boolean dryRun = fields.bool("preview", preview == null ? null : preview.strip(), false);
        if (files == 0) {
            fields.fail("file", "at least one file part is required (an OFAC set: sdn.csv with alt.csv, add.csv, ...)");
        }
        fields.done();
        return new ImportOrder(declared, Normalizer.normalize(why, Normalizer.Form.NFC), date, meaning, dryRun);
    }

    /** A required reason of 1-1000 characters (stripped), or a violation of the field {@code reason}. */
    static String reason(QueryParams fields, String reason, String hint) {
        String why = fields.text("reason", reason == null ? null : reason.strip(), Integer.MAX_VALUE);
        if (why == null || why.isEmpty()) {
            fields.fail("reason", "is required: " + hint);
        } else if (why.codePointCount(0, why.length()) > MAX_REASON) {
            fields.fail("reason", "must be at most " + MAX_REASON + " characters");
        }
        return why;
    }
}
