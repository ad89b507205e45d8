package org.sanctions.registry.sources;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Typed settings of list sources (prefix {@code registry.sources}). */
@ConfigMapping(prefix = "registry.sources")
public interface SourcesConfig {

    /** How often the scheduler looks for sources that are due (read by its {@code @Scheduled} expression). */
    @WithDefault("10s")
    String tick();

    /** Where every fetched file is kept, as {@code <source>/<sha256>}; never cleaned up. */
    @WithDefault("${java.io.tmpdir}/sanctions-registry-data/sources")
    Path archiveDir();

    /** Largest file a source may deliver; a larger download is abandoned and the source marked failed. */
    @WithDefault("209715200")
    long maxBytes();

    /** Longest one HTTP request (connect, headers and body) may take before it counts as hung. */
    @WithDefault("PT60S")
    Duration timeout();

    /** Default age after which a scheduled source's last successful check is stale (a source may set its own). */
    @WithDefault("PT24H")
    Duration sla();
}
