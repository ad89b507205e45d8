package org.sanctions.registry.audit;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes audit events as RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @ or a
 * tab/CR) get a leading apostrophe, so opening the export cannot execute what somebody typed into a reason.
 */
final class AuditCsv implements AutoCloseable {

    static final String[] HEADER = {"seq", "time", "actor_subject", "actor_username", "actor_client", "action",
        "entity_type", "entity_id", "version", "reason", "diff", "prev_hash", "hash"};

    private final CSVPrinter printer;

    AuditCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    void write(AuditEventDto e) throws IOException {
        printer.printRecord(e.seq(), e.time(), safe(e.actor().subject()), safe(e.actor().username()),
                safe(e.actor().clientId()), e.action(), e.entityType(), safe(e.entityId()), e.version(), safe(e.reason()),
                e.diff(), e.prevHash(), e.hash());
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Flushes what is buffered; the response stream itself belongs to the caller. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
