-- The audit chain (and so the change feed) also records list sources (settings changes, fetched files, failed
-- fetches) and import decisions (previewed, approved, rejected, applied): every change is in the chain.
alter table audit_event drop constraint audit_event_entity_type_check;
alter table audit_event add constraint audit_event_entity_type_check
    check (entity_type in ('PARTY', 'PROGRAM', 'SOURCE', 'IMPORT'));
-- the snapshot export names, per source, the last import applied at its seq
create index audit_event_applied_idx on audit_event (seq) where action = 'IMPORT_APPLIED';
