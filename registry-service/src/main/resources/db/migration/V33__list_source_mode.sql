-- What a source's files mean, as for an upload: FULL (the whole list: entries a new file lacks are delisted, within
-- the delist limit and the policy) or ADDITIONS (additions and changes only: nothing is delisted).
alter table list_source add column mode varchar(16) not null default 'FULL' check (mode in ('FULL', 'ADDITIONS'));
