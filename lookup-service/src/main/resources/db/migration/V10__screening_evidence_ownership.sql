-- The ownership answer of a screening that carried the customer's owners (issue 17): per jurisdiction blocked or
-- not, the aggregate share and the paths, and how each owner screened, as the answer gave it. Null when the request
-- carried no owners. Added column only: the append-only trigger on screening_evidence still rejects UPDATE and DELETE.
alter table screening_evidence add column ownership jsonb;
