-- Which registry process owns an open import job. Each process beats for the QUEUED and RUNNING jobs it owns; a job
-- whose owner stopped beating is taken over by a process that holds its spooled files and run again from the start
-- (its transaction died with the old owner, so nothing of it was applied).
alter table import_job add column worker varchar(64);
