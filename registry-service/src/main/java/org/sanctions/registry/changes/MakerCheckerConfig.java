package org.sanctions.registry.changes;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

/** Typed settings of maker-checker for manual edits (prefix {@code registry.maker-checker}). */
@ConfigMapping(prefix = "registry.maker-checker")
public interface MakerCheckerConfig {

    /** Which editor writes need a second editor: OFF (none), ALL, or PROGRAMS (those touching the listed programs). */
    @WithDefault("OFF")
    Mode mode();

    /** Program codes for mode PROGRAMS: a write to a party with a measure under one of them, or adding one. */
    Optional<Set<String>> programs();

    /** When a manual write is held for a second editor. */
    enum Mode {
        OFF, ALL, PROGRAMS
    }
}
