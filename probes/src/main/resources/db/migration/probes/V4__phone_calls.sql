alter table probe_run add column phone_call text;
