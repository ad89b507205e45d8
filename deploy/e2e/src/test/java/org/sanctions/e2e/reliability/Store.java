package org.sanctions.e2e.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanctions.e2e.RunningSystem;

/**
 * What the services have stored, read straight from their database: the ground truth against which "nothing was
 * stored" and "nothing was lost" are checked, whatever the API says.
 */
final class Store implements AutoCloseable {

    private final String url;
    private Connection connection;

    Store(RunningSystem system) {
        this.url = system.databaseUrl();
    }

    /**
     * Rows per table of the schemas registry and lookup. Screening job results and the evidence of job rows are left
     * out: a job accepted earlier fills them in the background, which is not something the current request stored.
     */
    Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = connect().createStatement()) {
            for (String table : tables(s)) {
                String where = table.equals("lookup.screening_evidence") ? " where source <> 'JOB'" : "";
                try (ResultSet rs = s.executeQuery("select count(*) from " + table + where)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count rows in " + url, e);
        }
        return counts;
    }

    /** Parties in the registry. */
    long parties() {
        return single("select count(*) from registry.party");
    }

    long single(String sql) {
        try (Statement s = connect().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select table_schema || '.' || table_name from information_schema.tables"
                + " where table_schema in ('registry', 'lookup') and table_type = 'BASE TABLE'"
                + " and table_name not in ('flyway_schema_history', 'screening_job_result') order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** One connection, kept while it works: the hostile-input test counts rows after every request. */
    private Connection connect() throws SQLException {
        if (connection == null || !connection.isValid(5)) {
            close();
            connection = DriverManager.getConnection(url, "postgres", "postgres");
        }
        return connection;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            connection = null;
        }
    }
}
