-- every version of every norm profile, as written: verdicts name the version they used
create table norm_profile_version (
    profile_id varchar(100) not null,
    version integer not null,
    title varchar(300) not null,
    yaml text not null,
    saved_at timestamp with time zone not null,
    saved_by varchar(100) not null,
    primary key (profile_id, version)
);
