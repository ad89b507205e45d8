-- List sources: where each official list is published, how often to fetch it (every: ISO-8601 duration, null = not
-- scheduled), and what to do with a new file (AUTO: apply unless it delists more than max_delist_share; REVIEW: always
-- wait for an officer's approval). The rest is what the last checks saw.
create table list_source (
    id               varchar(64)    primary key,
    format           varchar(32)    not null,
    url              varchar(2000)  not null,
    every            varchar(32),
    policy           varchar(8)     not null check (policy in ('AUTO', 'REVIEW')),
    max_delist_share double precision not null check (max_delist_share >= 0 and max_delist_share <= 1),
    sla              varchar(32)    not null,
    state            varchar(24)    not null,
    last_checked_at  timestamptz,
    last_changed_at  timestamptz,
    last_applied_at  timestamptz,
    file_sha256      varchar(64),
    etag             varchar(1000),
    last_modified    varchar(100),
    last_error       varchar(4000),
    version          bigint         not null default 0
);

-- The archive: every distinct file a source delivered, kept as fetched (named by its SHA-256 under
-- registry.sources.archive-dir). Rows are never updated or deleted.
create table source_file (
    id             bigserial      primary key,
    source_id      varchar(64)    not null references list_source (id),
    sha256         varchar(64)       not null,
    size           bigint         not null,
    fetched_at     timestamptz    not null,
    etag           varchar(1000),
    last_modified  varchar(100),
    content_type   varchar(255),
    unique (source_id, sha256)
);

alter table import_job add column source_id varchar(64) references list_source (id);
create index import_job_source_idx on import_job (source_id, created_at) where source_id is not null;

-- The official publications. Not scheduled by default: a registry without internet access would only log failures.
insert into list_source (id, format, url, policy, max_delist_share, sla, state) values
    ('ofac-sdn', 'OFAC_SDN_CSV', 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV',
        'REVIEW', 0.05, 'PT24H', 'NEW'),
    ('ofac-consolidated', 'OFAC_NON_SDN_CSV',
        'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV',
        'REVIEW', 0.05, 'PT24H', 'NEW'),
    ('un-sc', 'UN_SC_XML', 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', 'REVIEW', 0.05, 'PT24H',
        'NEW'),
    ('uk-ofsi', 'UK_OFSI_CSV', 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv',
        'REVIEW', 0.05, 'PT24H', 'NEW'),
    ('us-csl', 'US_CSL_CSV',
        'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', 'REVIEW', 0.05,
        'PT24H', 'NEW');
