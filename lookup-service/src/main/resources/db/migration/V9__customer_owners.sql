-- Owners on monitoring's customer records (issue 17, item 3): a customer may carry its ownership structure (the
-- owners of a screening request, nested); null when the bank sent none.
alter table monitored_customer add column owners jsonb;

-- An alert's basis: NAME (the customer's own names resemble the listed party, one alert per (bank, customer, party)
-- as before) or OWNERSHIP (the customer is blocked through its owners under the US, EU or UK rule: one alert per
-- (bank, customer); party_id names the listed owner with the largest holding on the proving paths).
alter table monitoring_alert add column basis text not null default 'NAME' check (basis in ('NAME', 'OWNERSHIP'));
-- The determination per jurisdiction with its paths and each owner's match (the screening answer's ownership), the
-- SHA-256 of that document (a changed determination updates the alert), and the listed parties on the paths (a change
-- of any of them rescreens the customer).
alter table monitoring_alert add column ownership jsonb;
alter table monitoring_alert add column ownership_hash text;
alter table monitoring_alert add column ownership_parties jsonb;

alter table monitoring_alert drop constraint monitoring_alert_bank_customer_id_party_id_key;
create unique index monitoring_alert_name_pair on monitoring_alert (bank, customer_id, party_id) where basis = 'NAME';
create unique index monitoring_alert_ownership_customer on monitoring_alert (bank, customer_id)
    where basis = 'OWNERSHIP';
create index monitoring_alert_ownership_parties on monitoring_alert using gin (ownership_parties)
    where basis = 'OWNERSHIP';
