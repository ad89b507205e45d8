package org.sanctions.lookup.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Inserts a batch of evidence rows with one statement (columns as arrays, unnested by PostgreSQL) in autocommit: one
 * round trip and one commit for the whole batch, and the batch is atomic because it is one statement.
 */
final class EvidenceInsert {

    private static final String SQL = "insert into screening_evidence (id, screened_at, subject, client_id,"
            + " username, source, batch_id, job_id, item_ref, query, list_version, threshold, outcome, top_matches,"
            + " index_stale, engine_version, config_hash, list_sources, ownership) select * from unnest(?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::jsonb[], ?::bigint[], ?::numeric[], ?::text[],"
            + " ?::jsonb[], ?::boolean[], ?::text[], ?::text[], ?::jsonb[], ?::jsonb[])";

    private static final List<Function<EvidenceRecord, Object>> COLUMNS = List.of(EvidenceRecord::id,
            EvidenceRecord::screenedAt, EvidenceRecord::subject, EvidenceRecord::clientId, EvidenceRecord::username,
            EvidenceRecord::source, EvidenceRecord::batchId, EvidenceRecord::jobId, EvidenceRecord::itemRef,
            EvidenceRecord::queryJson, EvidenceRecord::listVersion, EvidenceRecord::threshold,
            r -> r.matched() ? "MATCH" : "NO_MATCH", EvidenceRecord::topMatchesJson, EvidenceRecord::indexStale,
            EvidenceRecord::engineVersion, EvidenceRecord::configHash, EvidenceRecord::listSourcesJson,
            EvidenceRecord::ownershipJson);

    private EvidenceInsert() {
    }

    /** Writes all rows or none; returns once PostgreSQL has committed them. */
    static void insert(Connection c, List<EvidenceRecord> rows) throws SQLException {
        c.setAutoCommit(true);
        try (PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int col = 0; col < COLUMNS.size(); col++) {
                String[] values = new String[rows.size()];
                for (int row = 0; row < values.length; row++) {
                    values[row] = Objects.toString(COLUMNS.get(col).apply(rows.get(row)), null);
                }
                ps.setArray(col + 1, c.createArrayOf("text", values));
            }
            ps.executeUpdate();
        }
    }
}
