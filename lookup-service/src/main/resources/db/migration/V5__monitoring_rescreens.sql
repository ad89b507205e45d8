-- Full rescreens: every customer of one bank (requested by it) or of every bank (the matching engine's version or
-- configuration changed since the books were last screened in full). A job walks the books in (bank, customer_id)
-- order and records, in the transaction of each chunk's alerts, its cursor and counts: a restarted process resumes
-- after the last committed chunk, and alerts, unique per (bank, customer, party), are never raised twice.
create table monitoring_rescreen (
    id               uuid primary key,
    bank             text,
    trigger          text not null check (trigger in ('REQUESTED', 'ENGINE_CHANGED')),
    reason           text not null,
    requested_by     text not null,
    engine_version   text not null,
    config_hash      text not null,
    state            text not null check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    customers_total  integer not null default 0,
    customers_done   integer not null default 0,
    alerts_changed   integer not null default 0,
    cursor_bank      text,
    cursor_customer  text,
    error            text,
    created_at       timestamptz not null,
    started_at       timestamptz,
    updated_at       timestamptz not null,
    finished_at      timestamptz
);
create index monitoring_rescreen_unfinished on monitoring_rescreen (created_at) where state in ('QUEUED', 'RUNNING');

-- The engine version and configuration hash the books were last screened with in full; a start with another engine
-- queues a full rescreen of every book.
alter table monitoring_checkpoint add column engine_version text;
alter table monitoring_checkpoint add column config_hash text;
