create table user_account (
    username varchar(100) primary key,
    password_hash varchar(500) not null,
    role varchar(20) not null,
    organisation_id uuid,
    enabled boolean not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    changed_at timestamp with time zone,
    changed_by varchar(100)
);
