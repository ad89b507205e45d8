package org.sanctions.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Quarkus test resource that points the datasource at a real embedded PostgreSQL database. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "sanctions_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        String url = TestPostgres.database(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // the server lives for the whole test JVM; TestPostgres stops it on exit
    }
}
