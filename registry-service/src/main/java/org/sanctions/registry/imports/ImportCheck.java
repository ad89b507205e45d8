package org.sanctions.registry.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sanctions.registry.imports.ImportEntries.ListName;
import org.sanctions.registry.importer.ImportInput;
import org.sanctions.registry.importer.ListParser;
import org.sanctions.registry.importer.ParseSummary;
import org.sanctions.registry.importer.SourceKey;

/**
 * The first pass over an upload, before anything is written: parses it whole (a truncated or undecodable file fails
 * here), maps and validates every entry, counts rows and rejects, and finds the lists the file covers and the list's
 * date, which the second pass needs before its first write.
 */
@ApplicationScoped
class ImportCheck {

    private final EntryMapper mapper;

    ImportCheck(EntryMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What the first pass found: the parse summary, the lists covered, the entries refused, the list's date, and the
     * programs (registry code and authority) that accepted entries take measures under, and the entries as link targets.
     */
    record Checked(ParseSummary summary, Set<ListName> lists, Set<SourceKey> refused, LocalDate listDate,
            Map<String, String> programsUsed, LinkTargets targets) {
    }

    Checked check(ImportRequest request, ImportInput input, ListParser parser, ImportTally tally, Runnable heartbeat) {
        Set<SourceKey> seen = new HashSet<>();
        Set<SourceKey> refused = new HashSet<>();
        Set<ListName> lists = new LinkedHashSet<>();
        Map<String, String> programsUsed = new LinkedHashMap<>();
        LinkTargets targets = new LinkTargets();
        LocalDate provisional = request.listDate() != null ? request.listDate() : LocalDate.now(ZoneOffset.UTC);
        ParseSummary summary = parser.parse(input, entry -> {
            tally.entries++;
            SourceKey key = entry.key();
            lists.add(new ListName(key.authority(), key.list()));
            if (!seen.add(key)) {
                tally.reject(null, key, "the file has this entry more than once; the first one is imported");
            } else {
                targets.add(entry);
                try {
                    mapper.check(entry, provisional).measures().forEach(m -> programsUsed.putIfAbsent(
                            m.input().program(), m.input().authority()));
                } catch (EntryRejected e) {
                    refused.add(key);
                    tally.reject(null, key, e.getMessage());
                }
            }
            heartbeat.run();
        }, tally::reject);
        tally.rowsRead = summary.rowsRead();
        return new Checked(summary, lists, refused, listDate(request, summary), programsUsed, targets);
    }

    /** As sent, else the publication date the file states, else today (UTC). */
    private static LocalDate listDate(ImportRequest request, ParseSummary summary) {
        if (request.listDate() != null) {
            return request.listDate();
        }
        if (summary.publicationDate() != null) {
            try {
                LocalDate stated = LocalDate.parse(summary.publicationDate());
                if (stated.getYear() >= 1900 && stated.getYear() <= 2100) {
                    return stated;
                }
            } catch (DateTimeException e) {
                // an unreadable date in the file header is not worth failing the import: fall back to today
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
