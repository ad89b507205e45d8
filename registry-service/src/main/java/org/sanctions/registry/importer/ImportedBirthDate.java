package org.sanctions.registry.importer;

/**
 * A date of birth as precise as the list says: {@code date} is ISO {@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}; a range has {@code from}/{@code to} instead; {@code circa} marks an approximate value.
 */
public record ImportedBirthDate(String date, String from, String to, boolean circa) {

    public static ImportedBirthDate exact(String date) {
        return new ImportedBirthDate(date, null, null, false);
    }

    public static ImportedBirthDate circa(String date) {
        return new ImportedBirthDate(date, null, null, true);
    }

    public static ImportedBirthDate range(String from, String to, boolean circa) {
        return from.equals(to) ? new ImportedBirthDate(from, null, null, circa) : new ImportedBirthDate(null, from, to, circa);
    }
}
