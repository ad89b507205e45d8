package org.sanctions.registry.changes;

import java.util.Map;
import org.sanctions.registry.imports.OwnDatabase;

/** A test profile with maker-checker settings and a database of its own, so that its requests are the only ones. */
abstract class MakerCheckerProfile extends OwnDatabase {

    private final Map<String, String> settings;

    MakerCheckerProfile(String database, Map<String, String> settings) {
        super(database);
        this.settings = settings;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return settings;
    }
}
