alter table evidence add column content_deleted_at timestamp with time zone;
