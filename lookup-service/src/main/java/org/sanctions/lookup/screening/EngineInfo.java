package org.sanctions.lookup.screening;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanctions.lookup.index.IndexState;
import org.sanctions.lookup.matching.EngineIdentity;

/** The engine version and configuration hash that every screening answer and evidence row carries. */
@ApplicationScoped
public class EngineInfo {

    private final String version;
    private final String configHash;

    EngineInfo(IndexState state,
            @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String applicationVersion) {
        this.version = EngineIdentity.version(applicationVersion);
        this.configHash = EngineIdentity.configHash(state.index().weights());
    }

    /** lookup-&lt;application version&gt;, as on monitoring alerts. */
    public String version() {
        return version;
    }

    /** First 16 hex digits of SHA-256 over the scoring weights and the word lists. */
    public String configHash() {
        return configHash;
    }
}
