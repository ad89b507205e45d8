package org.sanctions.registry.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the registry service (prefix {@code registry}). */
@ConfigMapping(prefix = "registry")
public interface RegistryConfig {

    /** Largest accepted request body in bytes; larger bodies get a 413 problem. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Largest accepted list upload (multipart POST /api/v1/imports, all files together) in bytes; larger is a 413. */
    @WithDefault("209715200")
    long maxUploadBytes();

    /**
     * Longest a single write waits for the audit chain (held by another write, or by a list import for its whole
     * transaction); then it is refused with 503 registry-busy and Retry-After, and nothing of it is stored.
     */
    @WithDefault("10S")
    java.time.Duration writeLockWait();

    /** Page size used when a list request names none. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest page size a list request may ask for. */
    @WithDefault("500")
    int maxPageSize();
}
