-- List imports: each job with its report (so the report survives a restart), and the list entries imports brought
-- in, with the fingerprint of what the list said, so that a re-import tells unchanged entries from updated ones.

create table import_job (
    id              uuid           primary key,
    state           varchar(16)    not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    format          varchar(32)    not null,
    files           jsonb          not null,
    reason          varchar(1000)  not null,
    list_date       date,
    actor_subject   varchar(255)   not null,
    actor_username  varchar(255),
    actor_client    varchar(255),
    created_at      timestamptz    not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    -- the worker's heartbeat: a QUEUED or RUNNING job not touched for long was orphaned by a restart
    updated_at      timestamptz    not null,
    report          jsonb          not null
);
create index import_job_recent_idx on import_job (created_at desc, id);
create index import_job_open_idx on import_job (state) where state in ('QUEUED', 'RUNNING');

-- One row per list entry an import wrote: which party holds it, the fingerprint of the entry as last imported, and
-- whether the entry is still on its list (listed = false once a newer file no longer had it and it was revoked).
create table import_entry (
    authority    varchar(32)   not null,
    list_name    varchar(64)   not null,
    source_id    varchar(128)  not null,
    party_id     uuid          not null references party (id),
    fingerprint  char(64)      not null,
    format       varchar(32)   not null,
    listed       boolean       not null,
    job_id       uuid          not null references import_job (id),
    primary key (authority, list_name, source_id)
);
create index import_entry_party_idx on import_entry (party_id);
create index import_entry_listed_idx on import_entry (authority, list_name) where listed;
