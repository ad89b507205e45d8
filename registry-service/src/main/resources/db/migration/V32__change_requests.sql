-- Maker-checker for manual edits (registry.maker-checker.mode): an editor's create, update, measure or revocation is
-- held as a change request with the diff of a dry run, and takes effect only when a second editor approves it.
-- base_version is the party version the change was made against: an approval is refused (STALE) when it moved.
create table change_request (
    id               uuid           primary key,
    kind             varchar(24)    not null
                     check (kind in ('CREATE_PARTY', 'UPDATE_PARTY', 'PATCH_PARTY', 'ADD_MEASURE', 'REVOKE_MEASURE')),
    party_id         uuid           references party (id),
    measure_id       uuid,
    base_version     bigint,
    body             jsonb          not null,
    diff             jsonb          not null,
    state            varchar(16)    not null
                     check (state in ('PENDING', 'APPLIED', 'REJECTED', 'WITHDRAWN', 'STALE')),
    maker_subject    varchar(255)   not null,
    maker_username   varchar(255),
    maker_reason     varchar(1000)  not null,
    created_at       timestamptz    not null,
    checker_subject  varchar(255),
    checker_username varchar(255),
    checker_reason   varchar(1000),
    decided_at       timestamptz,
    result_version   bigint
);
create index change_request_state_idx on change_request (state, created_at, id);
create index change_request_created_idx on change_request (created_at, id);
create index change_request_party_idx on change_request (party_id);
