package org.sanctions.registry.importer.uk;

import java.util.List;

/** Receives the rows of an OFSI sheet or CSV file: 1-based row (or line) number and cell texts by column. */
interface UkRowSink {
    void row(long number, List<String> cells);
}
