-- Which lookup process owns an open screening job. Each process beats for the QUEUED and RUNNING jobs it owns; a job
-- whose owner stopped beating is taken over by a process that holds its spooled input, and goes on after the last
-- chunk whose results were stored.
alter table screening_job add column worker text;
