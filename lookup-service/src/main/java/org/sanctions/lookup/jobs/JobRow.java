package org.sanctions.lookup.jobs;

import org.sanctions.lookup.screening.BatchItem;

/** One input row of a job: either an item to screen or the reason it cannot be read. */
record JobRow(int rowNo, String ref, BatchItem item, String error) {

    static JobRow ok(int rowNo, BatchItem item) {
        return new JobRow(rowNo, item.ref(), item, null);
    }

    static JobRow failed(int rowNo, String ref, String error) {
        return new JobRow(rowNo, ref, null, error);
    }
}
