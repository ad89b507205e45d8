-- Links between parties (issue 17). The links a party asserts live in its document (party.document ->
-- 'relationships'), so audit, history, as-of and the feed carry them; this table is derived from the documents,
-- rewritten with every party write, and serves the reverse lookup ("who links to this party").
create table party_relationship (
    party_id          uuid          not null references party (id),
    position          integer       not null,
    type              varchar(32)   not null check (type in ('OWNS', 'CONTROLS', 'DIRECTOR_OF', 'ACTS_FOR',
                                                            'LINKED_TO', 'FAMILY_MEMBER')),
    direction         varchar(16)   not null check (direction in ('OUTGOING', 'INCOMING')),
    target_party_id   uuid          references party (id),
    target_authority  varchar(32),
    target_list       varchar(64),
    target_source_id  varchar(128),
    primary key (party_id, position)
);
create index party_relationship_target_idx on party_relationship (target_party_id);
create index party_relationship_target_source_idx on party_relationship (target_authority, target_list, target_source_id);
