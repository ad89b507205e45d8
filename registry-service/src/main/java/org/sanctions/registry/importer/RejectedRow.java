package org.sanctions.registry.importer;

/** A row (or record) of a file that could not be imported, with where it is and why. */
public record RejectedRow(String file, long line, String reason) {

    @Override
    public String toString() {
        return file + " line " + line + ": " + reason;
    }
}
