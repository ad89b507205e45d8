package org.sanctions.registry.imports;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.sanctions.testkit.PostgresResource;

/**
 * A test profile with a database of its own (on the same embedded PostgreSQL), for tests whose figures are only
 * exact against a registry that holds no other entries of the list: the whole-list imports of the SDN file.
 */
public abstract class OwnDatabase implements QuarkusTestProfile {

    private final String database;

    protected OwnDatabase(String database) {
        this.database = database;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PostgresResource.class, Map.of("database", database)));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
