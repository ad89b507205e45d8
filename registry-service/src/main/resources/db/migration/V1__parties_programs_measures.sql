-- Registry core: programs, parties (document + derived search columns), source references and measures.
-- Nothing here is ever hard-deleted; the history of every change lives in the audit log (V2).

create table program (
    code         varchar(64)   primary key,
    name         varchar(300)  not null,
    authority    varchar(32)   not null,
    legal_basis  varchar(1000),
    description  varchar(4000),
    url          varchar(2000),
    retired_on   date,
    version      bigint        not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);

-- The party document (names, birth dates, identifiers, ...) is one JSONB value validated by the service;
-- the columns beside it are derived from it for filtering and are rewritten with every change.
create table party (
    id            uuid          primary key,
    kind          varchar(16)   not null check (kind in ('PERSON', 'ORGANIZATION', 'VESSEL', 'AIRCRAFT')),
    version       bigint        not null,
    document      jsonb         not null,
    search_names  text          not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index party_page_idx on party (created_at, id);
create index party_kind_idx on party (kind);
create index party_document_idx on party using gin (document jsonb_path_ops);

-- Name substring search: a trigram index when pg_trgm can be installed (it is a trusted extension since
-- PostgreSQL 13, so the database owner may create it; kept in schema public so that cleaning or sharing the
-- registry schema never drops it), else a btree that still serves prefix searches.
do $$
declare
    trgm_schema text;
begin
    begin
        create extension if not exists pg_trgm with schema public;
    exception when others then
        raise notice 'pg_trgm not available: %', sqlerrm;
    end;
    select n.nspname into trgm_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace
     where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index party_names_trgm_idx on party using gin (search_names %I.gin_trgm_ops)', trgm_schema);
    else
        create index party_names_idx on party (search_names text_pattern_ops);
    end if;
end
$$;

-- Where each party comes from (authority, list, the source's own id): one source entry belongs to one party,
-- so an import finds "its" party by this key.
create table party_source (
    authority  varchar(32)   not null,
    list_name  varchar(64)   not null,
    source_id  varchar(128)  not null,
    party_id   uuid          not null references party (id),
    primary key (authority, list_name, source_id)
);
create index party_source_party_idx on party_source (party_id);

create table measure (
    id              uuid          primary key,
    party_id        uuid          not null references party (id),
    program_code    varchar(64)   not null references program (code),
    type            varchar(32)   not null check (type in ('ASSET_FREEZE', 'VISA_RESTRICTION', 'TRAVEL_BAN',
                                                            'SECTORAL', 'ARMS_EMBARGO', 'OTHER')),
    authority       varchar(32)   not null,
    listed_date     date          not null,
    effective_date  date,
    status          varchar(16)   not null check (status in ('ACTIVE', 'REVOKED', 'EXPIRED')),
    status_date     date,
    status_reason   varchar(2000),
    source_url      varchar(2000),
    created_at      timestamptz   not null,
    check ((status = 'ACTIVE') = (status_date is null))
);
create index measure_party_idx on measure (party_id);
create index measure_program_idx on measure (program_code);
create index measure_filter_idx on measure (authority, type, status);
create index measure_listed_idx on measure (listed_date);
