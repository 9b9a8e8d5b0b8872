-- The event publication registry through which modules hand work on. Created here rather
-- than by Spring Modulith so that an event of any size fits on every database (Modulith's
-- own H2 schema allows 4,000 characters, too few for a chat transcript).
create table if not exists event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone
);

alter table event_publication alter column serialized_event set data type text;

create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
