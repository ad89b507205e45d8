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

    /** Page size used when a list request names none. */
    @WithDefault("50")
    int defaultPageSize();

    /** Largest page size a list request may ask for. */
    @WithDefault("500")
    int maxPageSize();
}
