-- Audit log = change feed: one event per write, appended in the writing transaction, hash-chained.
-- seq is assigned under the lock of the single chain-head row, so appends are serialised: no fork, no gap,
-- and events commit in seq order (a feed reader never sees seq n+1 before seq n).

create table audit_event (
    seq             bigint         primary key,
    occurred_at     timestamptz    not null,
    actor_subject   varchar(255)   not null,
    actor_username  varchar(255),
    actor_client    varchar(255),
    action          varchar(32)    not null,
    entity_type     varchar(16)    not null check (entity_type in ('PARTY', 'PROGRAM')),
    entity_id       varchar(64)    not null,
    version         bigint         not null,
    reason          varchar(4000)  not null,
    before          jsonb,
    after           jsonb          not null,
    diff            jsonb          not null,
    prev_hash       char(64)       not null,
    hash            char(64)       not null unique
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, seq);
create index audit_event_time_idx on audit_event (occurred_at);
create index audit_event_actor_idx on audit_event (actor_subject);
create index audit_event_username_idx on audit_event (actor_username);
create index audit_event_action_idx on audit_event (action);

-- The end of the chain: the last seq and its hash. Appenders lock this row (SELECT ... FOR UPDATE) until commit.
create table audit_chain_head (
    id    smallint  primary key check (id = 1),
    seq   bigint    not null,
    hash  char(64)  not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

-- Append-only, enforced by the database as well as by the code: UPDATE, DELETE and TRUNCATE are refused.
-- (Only someone who can disable triggers, i.e. the table owner or a superuser, can rewrite history; the hash
-- chain makes that detectable by GET /api/v1/audit/verify.)
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
