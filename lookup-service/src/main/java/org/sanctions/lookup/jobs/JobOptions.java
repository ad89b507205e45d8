package org.sanctions.lookup.jobs;

import java.time.LocalDate;
import java.util.List;
import org.sanctions.lookup.matching.MeasureType;

/** Screening options shared by every row of a job (from the query string of the upload). */
public record JobOptions(Double threshold, Integer limit, List<String> programs, List<String> authorities,
        List<MeasureType> measureTypes, LocalDate asOf) {
}
