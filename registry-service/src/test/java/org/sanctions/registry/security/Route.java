package org.sanctions.registry.security;

import static org.sanctions.registry.common.Roles.AUDITOR;
import static org.sanctions.registry.common.Roles.EDITOR;
import static org.sanctions.registry.common.Roles.FEED_READER;
import static org.sanctions.registry.common.Roles.OFFICER;

import java.util.Set;

/** Every route of the registry with the roles the authorization matrix of README.md ("Endpoints") allows on it. */
enum Route {
    LIST_PARTIES("GET", "/api/v1/parties", READERS.roles),
    GET_PARTY("GET", "/api/v1/parties/" + Ids.PARTY, READERS.roles),
    GET_MEASURE("GET", "/api/v1/parties/" + Ids.PARTY + "/measures/" + Ids.PARTY, READERS.roles),
    LIST_PROGRAMS("GET", "/api/v1/programs", READERS.roles),
    GET_PROGRAM("GET", "/api/v1/programs/NO-SUCH", READERS.roles),
    CREATE_PARTY("POST", "/api/v1/parties", Set.of(EDITOR)),
    REPLACE_PARTY("PUT", "/api/v1/parties/" + Ids.PARTY, Set.of(EDITOR)),
    PATCH_PARTY("PATCH", "/api/v1/parties/" + Ids.PARTY, Set.of(EDITOR)),
    ADD_MEASURE("POST", "/api/v1/parties/" + Ids.PARTY + "/measures", Set.of(EDITOR)),
    REVOKE_MEASURE("POST", "/api/v1/parties/" + Ids.PARTY + "/measures/" + Ids.PARTY + "/revoke", Set.of(EDITOR)),
    CREATE_PROGRAM("POST", "/api/v1/programs", Set.of(EDITOR)),
    REPLACE_PROGRAM("PUT", "/api/v1/programs/NO-SUCH", Set.of(EDITOR)),
    PARTY_HISTORY("GET", "/api/v1/parties/" + Ids.PARTY + "/history", READERS.roles),
    AUDIT_EVENTS("GET", "/api/v1/audit/events", Set.of(AUDITOR, OFFICER)),
    AUDIT_EXPORT("GET", "/api/v1/audit/events/export?party=" + Ids.PARTY, Set.of(AUDITOR, OFFICER)),
    AUDIT_VERIFY("GET", "/api/v1/audit/verify", Set.of(AUDITOR, OFFICER)),
    CHANGES("GET", "/api/v1/changes?after=0&limit=1", Set.of(FEED_READER, AUDITOR)),
    EXPORT("GET", "/api/v1/parties/export", Set.of(FEED_READER, AUDITOR)),
    START_IMPORT("POST", "/api/v1/imports", Set.of(EDITOR)),
    LIST_IMPORTS("GET", "/api/v1/imports", Set.of(EDITOR)),
    GET_IMPORT("GET", "/api/v1/imports/" + Ids.PARTY, Set.of(EDITOR)),
    IMPORT_DELTA("GET", "/api/v1/imports/" + Ids.PARTY + "/delta", Set.of(EDITOR, OFFICER)),
    APPROVE_IMPORT("POST", "/api/v1/imports/" + Ids.PARTY + "/approval", Set.of(EDITOR, OFFICER)),
    REJECT_IMPORT("POST", "/api/v1/imports/" + Ids.PARTY + "/rejection", Set.of(EDITOR, OFFICER)),
    PARTY_PROVENANCE("GET", "/api/v1/parties/" + Ids.PARTY + "/provenance", READERS.roles),
    PARTY_RELATIONSHIPS("GET", "/api/v1/parties/" + Ids.PARTY + "/relationships", READERS.roles),
    ADD_RELATIONSHIP("POST", "/api/v1/parties/" + Ids.PARTY + "/relationships", Set.of(EDITOR)),
    REMOVE_RELATIONSHIP("DELETE", "/api/v1/parties/" + Ids.PARTY + "/relationships/0a1b2c", Set.of(EDITOR)),
    LIST_CHANGE_REQUESTS("GET", "/api/v1/change-requests", READERS.roles),
    GET_CHANGE_REQUEST("GET", "/api/v1/change-requests/" + Ids.PARTY, READERS.roles),
    APPROVE_CHANGE_REQUEST("POST", "/api/v1/change-requests/" + Ids.PARTY + "/approval", Set.of(EDITOR)),
    REJECT_CHANGE_REQUEST("POST", "/api/v1/change-requests/" + Ids.PARTY + "/rejection", Set.of(EDITOR)),
    WITHDRAW_CHANGE_REQUEST("POST", "/api/v1/change-requests/" + Ids.PARTY + "/withdrawal", Set.of(EDITOR)),
    LIST_SOURCES("GET", "/api/v1/sources", READERS.roles),
    GET_SOURCE("GET", "/api/v1/sources/no-such", READERS.roles),
    UPDATE_SOURCE("PUT", "/api/v1/sources/no-such", Set.of(EDITOR)),
    FETCH_SOURCE("POST", "/api/v1/sources/no-such/fetches", Set.of(EDITOR));

    final String method;
    final String path;
    final Set<String> allowed;

    Route(String method, String path, Set<String> allowed) {
        this.method = method;
        this.path = path;
        this.allowed = allowed;
    }

    /** Role sets shared by several routes. */
    private enum READERS {
        ;
        static final Set<String> roles = Set.of(OFFICER, AUDITOR, EDITOR);
    }

    /** Ids that exist nowhere: an allowed caller gets 404 or 400, never 401/403. */
    static final class Ids {
        static final String PARTY = "00000000-0000-4000-8000-000000000000";
    }
}
