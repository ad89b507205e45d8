-- Continuous monitoring: each bank's customer book, alerts per (customer, listed party), the append-only history of
-- every alert action, webhook endpoints and the delivery outbox. Every row carries its bank; no query runs without it.
create table monitored_customer (
    bank          text not null,
    customer_id   text not null,
    name          text not null,
    kind          text,
    birth_date    text,
    nationality   text,
    other_names   jsonb not null,
    reference     jsonb not null,
    content_hash  text not null,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    primary key (bank, customer_id)
);

create table monitoring_alert (
    id             uuid primary key,
    bank           text not null,
    customer_id    text not null,
    party_id       text not null,
    party_version  bigint not null,
    state          text not null check (state in ('OPEN', 'IN_REVIEW', 'ESCALATED', 'CLOSED_TRUE_MATCH',
                                                   'CLOSED_FALSE_POSITIVE')),
    closed_reason  text,
    -- a decision waiting for the second pair of eyes (FALSE_POSITIVE or TRUE_MATCH) and who proposed it
    pending        text check (pending in ('FALSE_POSITIVE', 'TRUE_MATCH')),
    proposed_by    text,
    score          numeric(6, 4) not null,
    matched_name   text not null,
    explanation    jsonb not null,
    measures       jsonb not null,
    engine_version text not null,
    config_hash    text not null,
    list_version   bigint not null,
    -- hashes of the matching fields of each side when the alert was last computed; a confirmed false positive
    -- stays closed while both are unchanged
    party_hash     text not null,
    customer_hash  text not null,
    party_fields   jsonb not null,
    customer_fields jsonb not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (bank, customer_id, party_id)
);
create index monitoring_alert_bank_state on monitoring_alert (bank, state, id);
create index monitoring_alert_party on monitoring_alert (party_id);

-- Who did what to an alert, when and why. Append-only like the screening evidence.
create table monitoring_alert_action (
    id          bigserial primary key,
    alert_id    uuid not null references monitoring_alert (id),
    at          timestamptz not null,
    actor       text not null,
    action      text not null,
    from_state  text,
    to_state    text not null,
    reason      text,
    detail      jsonb
);
create index monitoring_alert_action_alert on monitoring_alert_action (alert_id, id);
create trigger monitoring_alert_action_append_only before update or delete on monitoring_alert_action
    for each row execute function reject_evidence_change();

create table webhook_endpoint (
    id          uuid primary key,
    bank        text not null,
    url         text not null,
    events      jsonb not null,
    secret      text not null,
    created_at  timestamptz not null,
    deleted_at  timestamptz
);
create index webhook_endpoint_bank on webhook_endpoint (bank);

-- The outbox: written in the transaction that raises or changes the alert, sent by the delivery worker.
create table webhook_delivery (
    id              uuid primary key,
    endpoint_id     uuid not null references webhook_endpoint (id),
    bank            text not null,
    event_type      text not null,
    payload         jsonb not null,
    created_at      timestamptz not null,
    state           text not null check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz
);
create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at);

-- Customer uploads: a job per file, with the line-numbered rejections.
create table customer_upload (
    id             uuid primary key,
    bank           text not null,
    format         text not null check (format in ('CSV', 'NDJSON')),
    status         text not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    rows_processed integer not null default 0,
    rows_accepted  integer not null default 0,
    rows_unchanged integer not null default 0,
    rows_rejected  integer not null default 0,
    error          text
);
create table customer_upload_rejection (
    upload_id  uuid not null references customer_upload (id),
    line       integer not null,
    field      text,
    message    text not null,
    primary key (upload_id, line)
);
