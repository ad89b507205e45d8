-- The engine that produced each screening: its version and the hash of its weights and word lists, as on alerts,
-- so that a past result can be tied to the validation report of the same configuration (issue 14, item 6).
-- Added columns only: the append-only trigger on screening_evidence still rejects every UPDATE and DELETE.
alter table screening_evidence add column engine_version text, add column config_hash text;
