alter table probe_run add column conversation text;
