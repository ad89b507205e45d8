package org.sanctions.registry.importer;

import java.util.List;
import java.util.Map;

/**
 * What a parse saw: rows (or records) read, parties emitted, rows rejected, the list's own publication date when the
 * file states it (ISO date), the programs the entries referred to, and country names no ISO code is known for
 * (with how often they occurred), so that an operator sees what was not understood.
 */
public record ParseSummary(ListFormat format, long rowsRead, long parties, long rejected, String publicationDate,
                           List<ImportedProgram> programs, Map<String, Long> unknownCountries) {

    public ParseSummary {
        programs = List.copyOf(programs);
        unknownCountries = Map.copyOf(unknownCountries);
    }
}
