package org.sanctions.registry.changes;

/** What a change request does when applied: the editor write it holds. */
public enum ChangeKind {
    CREATE_PARTY, UPDATE_PARTY, PATCH_PARTY, ADD_MEASURE, REVOKE_MEASURE
}
