package org.sanctions.registry.importer;

/** The file as a whole cannot be read as the expected list format (truncated, wrong format, garbage, encoding). */
public class ListFormatException extends RuntimeException {

    public ListFormatException(String message) {
        super(message);
    }

    public ListFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
