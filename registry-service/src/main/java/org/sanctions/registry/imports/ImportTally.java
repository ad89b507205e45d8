package org.sanctions.registry.imports;

import java.util.ArrayList;
import java.util.List;
import org.sanctions.registry.importer.RejectedRow;
import org.sanctions.registry.importer.SourceKey;

/** The running counts of one job, kept by its worker thread; rejects are kept up to a cap, the counts always. */
final class ImportTally {

    private static final int MAX_REASON = 500;

    private final int maxRejects;
    private final List<ImportReject> rejects = new ArrayList<>();
    private final List<String> programsCreated = new ArrayList<>();
    long rowsRead;
    long entries;
    long added;
    long updated;
    long unchanged;
    long revoked;
    long rejected;
    long links;
    long linksUnresolved;
    long linksAdded;
    long linksRemoved;

    ImportTally(int maxRejects) {
        this.maxRejects = maxRejects;
    }

    void reject(RejectedRow row) {
        reject(new ImportReject(row.file(), row.line(), null, clean(row.reason())));
    }

    void reject(String file, SourceKey entry, String reason) {
        reject(new ImportReject(file, null, clean(entry.toString()), clean(reason)));
    }

    /** The second pass was rolled back: nothing was added, updated or revoked after all. */
    void rolledBack() {
        added = 0;
        updated = 0;
        unchanged = 0;
        revoked = 0;
        links = 0;
        linksUnresolved = 0;
        linksAdded = 0;
        linksRemoved = 0;
        programsCreated.clear();
    }

    void programCreated(String code) {
        programsCreated.add(code);
    }

    ImportReport report() {
        return new ImportReport(new ImportCounts(rowsRead, entries, added, updated, unchanged, revoked, rejected,
                links, linksUnresolved, linksAdded, linksRemoved),
                rejects, rejected > rejects.size(), programsCreated, null);
    }

    private void reject(ImportReject reject) {
        rejected++;
        if (rejects.size() < maxRejects) {
            rejects.add(reject);
        }
    }

    /**
     * Reasons quote the file, which may be binary garbage: control characters and broken surrogates become U+FFFD so
     * that the report stays valid JSON text that PostgreSQL (no NUL in jsonb) and the strict JSON reader accept.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_REASON + 3));
        for (int i = 0; i < text.length() && out.length() < MAX_REASON; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t') {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.length() < text.length() ? out.append("...").toString() : out.toString();
    }
}
