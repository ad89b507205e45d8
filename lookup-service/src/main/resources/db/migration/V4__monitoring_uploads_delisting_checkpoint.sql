-- Customer uploads report what each valid row did: created, changed (content differed) or unchanged (not
-- rescreened). rows_accepted stays the sum of the three. The rejection list keeps the first rejections only
-- (lookup.monitoring.upload-rejection-limit); rows_rejected counts all of them.
alter table customer_upload add column rows_created integer not null default 0;
alter table customer_upload add column rows_changed integer not null default 0;

-- A party delisted (every measure revoked or expired) closes its open alerts as CLOSED_DELISTED, reason "delisted";
-- they are kept with their history. A party listed again reopens them.
alter table monitoring_alert drop constraint monitoring_alert_state_check;
alter table monitoring_alert add constraint monitoring_alert_state_check check (state in ('OPEN', 'IN_REVIEW',
    'ESCALATED', 'CLOSED_TRUE_MATCH', 'CLOSED_FALSE_POSITIVE', 'CLOSED_DELISTED'));

-- The feed sequence up to which list changes have been rescreened against the customer books, advanced in the
-- transaction that records the alerts of those changes. At start monitoring catches up from it.
create table monitoring_checkpoint (
    id       smallint primary key check (id = 1),
    feed_seq bigint not null
);
