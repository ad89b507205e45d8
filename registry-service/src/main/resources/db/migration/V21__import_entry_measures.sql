-- The measures each imported entry stated at its last import, as "program|type|authority" identities: a later import
-- revokes exactly those the list no longer states (and, for an entry that left the list, all of them), never a
-- measure an editor added, whatever its authority. (A list's own authority is not enough to tell them apart: the UK
-- list is published by OFSI for measures of the FCDO, OpenSanctions carries the measures of many authorities.)
alter table import_entry add column measures jsonb not null default '[]'::jsonb;
