package org.sanctions.registry.common;

/** Realm role names of the Keycloak realm {@code sanctions} (the authorization matrix: README.md, "Endpoints"). */
public final class Roles {

    public static final String EDITOR = "registry-editor";
    public static final String OFFICER = "compliance-officer";
    public static final String AUDITOR = "auditor";
    public static final String SCREENING_CLIENT = "screening-client";
    public static final String FEED_READER = "feed-reader";

    private Roles() {
    }
}
