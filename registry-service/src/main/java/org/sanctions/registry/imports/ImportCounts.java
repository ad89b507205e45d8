package org.sanctions.registry.imports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Progress and outcome of an import: rows read from the files, list entries they made, and what happened to each
 * entry (added, updated, unchanged, rejected) plus the registry's entries of the list the file no longer has (revoked),
 * and the links between parties that the entries state.
 */
@Schema(description = "Counts of an import, growing while it runs")
public record ImportCounts(
        @Schema(example = "14965", description = "Rows (or records) read from the files") long rowsRead,
        @Schema(example = "14965", description = "List entries the rows made") long entries,
        @Schema(example = "6870", description = "Entries no earlier import of the list had (or had seen delisted): a "
                + "party was created, or the party already holding the source reference took the entry over") long added,
        @Schema(example = "745", description = "Entries that changed since the last import: the party was updated")
        long updated,
        @Schema(example = "7350", description = "Entries as the last import left them") long unchanged,
        @Schema(example = "881", description = "Entries of the list that the file no longer has: the measures imports "
                + "wrote for them were revoked") long revoked,
        @Schema(example = "0", description = "Rows or entries that could not be imported (see rejects)") long rejected,
        @Schema(example = "5824", description = "Links to other parties that the file's entries state") long links,
        @Schema(example = "120", description = "Of those, links whose other party is no entry of the file: kept with "
                + "the name (and entry reference) as published") long linksUnresolved,
        @Schema(example = "12", description = "Links the import added to parties") long linksAdded,
        @Schema(example = "3", description = "Links the import removed from parties (only links its list asserted)")
        long linksRemoved) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
