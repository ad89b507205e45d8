package org.sanctions.registry.common;

/** Realm role names from the Keycloak realm {@code sanctions} (see the authorization matrix in CONVENTIONS.md). */
public final class Roles {

    public static final String EDITOR = "registry-editor";
    public static final String OFFICER = "compliance-officer";
    public static final String AUDITOR = "auditor";
    public static final String SCREENING_CLIENT = "screening-client";
    public static final String FEED_READER = "feed-reader";

    private Roles() {
    }
}
