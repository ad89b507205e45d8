-- The state of each list source a screening used (source, SHA-256 of the file its last applied import read, when
-- applied, the import job), as the answer named it, so that an auditor can tell which files a screening saw
-- (issue 16, item 4). Added column only: the append-only trigger on screening_evidence still rejects UPDATE and DELETE.
alter table screening_evidence add column list_sources jsonb;
