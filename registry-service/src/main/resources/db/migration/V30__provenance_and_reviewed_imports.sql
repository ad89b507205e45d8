-- Provenance per value: who asserted each name, birth date, identifier, address, position, nationality, source
-- reference and scalar of a party: a list (authority/list, with the job and the SHA-256 of its files) or a person (the
-- token's subject, with the change reason). An import replaces only what its own list asserted; a value that a person
-- or another list asserts stays. A value removed from the party withdraws every assertion of it (withdrawn_at).
create table value_assertion (
    id             bigserial      primary key,
    party_id       uuid           not null references party (id),
    field          varchar(32)    not null,
    -- SHA-256 (hex) of the value's canonical JSON (for names without their type, which a merge may demote)
    value_key      char(64)       not null,
    value          jsonb          not null,
    asserter_kind  varchar(8)     not null check (asserter_kind in ('LIST', 'PERSON')),
    -- 'US-OFAC/SDN' for a list, the token subject for a person
    asserter       varchar(255)   not null,
    username       varchar(255),
    job_id         uuid           references import_job (id),
    file_sha256    varchar(2000),
    reason         varchar(4000)  not null,
    asserted_at    timestamptz    not null,
    withdrawn_at   timestamptz
);
create index value_assertion_party_idx on value_assertion (party_id) where withdrawn_at is null;

-- Reviewed imports: the mode (FULL: entries absent from the file are delisted; ADDITIONS: nothing is delisted), a dry
-- run whose delta waits for approval, the delta itself (with a digest, so that an approval applies exactly what was
-- reviewed), and the decision: who approved or rejected, when and why.
alter table import_job alter column state type varchar(24);
alter table import_job drop constraint import_job_state_check;
alter table import_job add constraint import_job_state_check
    check (state in ('QUEUED', 'RUNNING', 'AWAITING_APPROVAL', 'SUCCEEDED', 'REJECTED', 'FAILED'));
alter table import_job add column mode varchar(16) not null default 'FULL' check (mode in ('FULL', 'ADDITIONS'));
alter table import_job add column preview boolean not null default false;
alter table import_job add column max_delist_share double precision;
-- set once the delta has been approved: the run then applies it and compares it with delta_digest
alter table import_job add column approved boolean not null default false;
alter table import_job add column delta jsonb;
alter table import_job add column delta_digest varchar(64);
alter table import_job add column decided_by_subject varchar(255);
alter table import_job add column decided_by_username varchar(255);
alter table import_job add column decided_at timestamptz;
alter table import_job add column decision_reason varchar(1000);
create index import_job_awaiting_idx on import_job (state) where state = 'AWAITING_APPROVAL';
