-- The mark written before a contact's irreversible step (e-mail handed to SMTP, chat
-- question sent, form submitted): once it is there the organisation may have been
-- contacted, and the probe is never tried again automatically.
alter table probe_run add column irreversible_step_at timestamp with time zone;
alter table probe_run add column irreversible_step varchar(500);
