-- Screening evidence: one row per screening (single, batch item, job row). Append-only: a trigger rejects
-- UPDATE and DELETE so that no code path (or operator slip) can rewrite what was screened and answered.
create table screening_evidence (
    id            uuid primary key,
    screened_at   timestamptz not null,
    subject       text,
    client_id     text,
    username      text,
    source        text not null check (source in ('SINGLE', 'BATCH', 'JOB')),
    batch_id      uuid,
    job_id        uuid,
    item_ref      text,
    query         jsonb not null,
    list_version  bigint not null,
    threshold     numeric(6, 4) not null,
    outcome       text not null check (outcome in ('MATCH', 'NO_MATCH')),
    top_matches   jsonb not null,
    index_stale   boolean not null
);
create index screening_evidence_client_time on screening_evidence (client_id, screened_at, id);
create index screening_evidence_time on screening_evidence (screened_at, id);

create function reject_evidence_change() returns trigger language plpgsql as $$
begin
    raise exception 'screening evidence is append-only';
end;
$$;
create trigger screening_evidence_append_only before update or delete on screening_evidence
    for each row execute function reject_evidence_change();

-- Screening jobs: progress is mutable, results are append-only rows.
create table screening_job (
    id              uuid primary key,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    finished_at     timestamptz,
    subject         text,
    client_id       text,
    username        text,
    format          text not null check (format in ('CSV', 'NDJSON')),
    status          text not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    options         jsonb not null,
    rows_processed  integer not null default 0,
    rows_matched    integer not null default 0,
    rows_failed     integer not null default 0,
    list_version    bigint,
    error           text
);
create index screening_job_client on screening_job (client_id, created_at);

create table screening_job_result (
    job_id        uuid not null references screening_job (id),
    row_no        integer not null,
    item_ref      text,
    screening_id  uuid,
    status        text not null check (status in ('OK', 'ERROR')),
    error         text,
    matched       boolean not null,
    matches       jsonb not null,
    primary key (job_id, row_no)
);
