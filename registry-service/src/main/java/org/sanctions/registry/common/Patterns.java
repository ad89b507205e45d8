package org.sanctions.registry.common;

/** Regular expressions shared by request records. */
public final class Patterns {

    /** Issuing authority, e.g. US-OFAC, US-STATE, UK-FCDO, EU, UN-SC. */
    public static final String AUTHORITY = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
    /** Program code, e.g. HK-EO13936, US-RATA-212A3C. */
    public static final String PROGRAM_CODE = "[A-Z0-9][A-Z0-9._-]{0,63}";
    /** An absolute http(s) URL without spaces. */
    public static final String HTTP_URL = "https?://[^\\s]+";
    public static final String AUTHORITY_MESSAGE = "must be an upper-case authority code such as US-OFAC or UN-SC";
    public static final String URL_MESSAGE = "must be an absolute http or https URL";

    private Patterns() {
    }
}
