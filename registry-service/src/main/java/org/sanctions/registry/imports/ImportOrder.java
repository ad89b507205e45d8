package org.sanctions.registry.imports;

import java.text.Normalizer;
import java.time.LocalDate;
import org.sanctions.registry.common.QueryParams;
import org.sanctions.registry.importer.ListFormat;
import org.sanctions.registry.importer.ListFormatException;

/** The form fields of an upload, checked together so that one 400 problem lists every bad field. */
record ImportOrder(ListFormat format, String reason, LocalDate listDate) {

    static final int MAX_REASON = 1000;

    static ImportOrder parse(String format, String reason, String listDate, int files) {
        QueryParams fields = new QueryParams();
        ListFormat declared = null;
        if (format != null && !format.isBlank()) {
            try {
                declared = ListFormat.parse(format);
            } catch (ListFormatException e) {
                fields.fail("format", e.getMessage());
            }
        }
        String why = fields.text("reason", reason == null ? null : reason.strip(), Integer.MAX_VALUE);
        if (why == null || why.isEmpty()) {
            fields.fail("reason", "is required: say why this list is imported (it is recorded with every change)");
        } else if (why.codePointCount(0, why.length()) > MAX_REASON) {
            fields.fail("reason", "must be at most " + MAX_REASON + " characters");
        }
        LocalDate date = fields.date("listDate", listDate == null ? null : listDate.strip());
        if (date != null && (date.getYear() < 1900 || date.getYear() > 2100)) {
            fields.fail("listDate", "must lie between 1900-01-01 and 2100-12-31");
        }
        if (files == 0) {
            fields.fail("file", "at least one file part is required (an OFAC set: sdn.csv with alt.csv, add.csv, ...)");
        }
        fields.done();
        return new ImportOrder(declared, Normalizer.normalize(why, Normalizer.Form.NFC), date);
    }
}
