package org.sanctions.registry.imports;

import java.nio.file.Path;
import org.sanctions.registry.common.Actor;
import org.sanctions.registry.importer.ListFormat;

/**
 * A list file a source fetched and archived, to be imported as if uploaded: the source, the archived file and the
 * name it was published under, its declared format, what it means (the whole list or additions), whether it waits for approval, its delist limit, who and why.
 */
public record FetchedFile(String sourceId, Path file, String name, ListFormat format, ImportMode mode,
        boolean preview, double maxDelistShare, Actor actor, String reason) {
}
