alter table campaign add column consultant_number varchar(16);
