package org.sanctions.gateway.routing;

/** The realm roles of README.md ("Tokens"), as the route table names them. */
public final class Roles {

    public static final String REGISTRY_EDITOR = "registry-editor";
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    public static final String AUDITOR = "auditor";
    public static final String SCREENING_CLIENT = "screening-client";
    public static final String FEED_READER = "feed-reader";
    public static final String ALERT_ANALYST = "alert-analyst";
    public static final String ALERT_REVIEWER = "alert-reviewer";

    private Roles() {
    }
}
