alter table scenario add column channels varchar(200);
