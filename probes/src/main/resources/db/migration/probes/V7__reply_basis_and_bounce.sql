-- how the first human answer was matched (THREAD_HEADERS: it answered in the same thread)
alter table probe_run add column answer_match_basis varchar(32);
-- when a bounce said the organisation's address does not accept our message
alter table probe_run add column address_bounced_at timestamp with time zone;
