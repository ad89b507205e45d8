package org.sanctions.registry.imports;

import java.util.List;
import org.sanctions.registry.importer.SourceKey;
import org.sanctions.registry.party.MeasureInput;
import org.sanctions.registry.party.PartyInput;
import org.sanctions.registry.party.Revocation;

/** One list entry as the registry will write it: its key, the party document and its measures, all validated. */
record MappedEntry(SourceKey key, PartyInput party, List<Measure> measures) {

    /** A measure the entry states; {@code end} is set when the file says it is no longer in force (exports do). */
    record Measure(MeasureInput input, Revocation end) {

        /** What makes two measures of a party the same one across imports. */
        String identity() {
            return input.program() + "|" + input.type() + "|" + input.authority();
        }
    }
}
