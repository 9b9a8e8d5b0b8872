create table organisation (
    id uuid primary key,
    name varchar(200) not null,
    sector varchar(100) not null,
    endpoints text not null,
    opening_hours text not null,
    allow_list text not null,
    registered_at timestamp with time zone not null
);

create index organisation_name_idx on organisation (name);

create table scenario (
    id uuid primary key,
    title varchar(200) not null,
    subject varchar(200) not null,
    body text not null,
    answer_key text not null,
    created_at timestamp with time zone not null
);

create table campaign (
    id uuid primary key,
    name varchar(200) not null,
    status varchar(20) not null,
    reply_deadline_seconds bigint not null,
    resolution_threshold double precision not null,
    created_at timestamp with time zone not null,
    started_at timestamp with time zone,
    planned_probes integer not null default 0
);

create table campaign_organisation (
    campaign_id uuid not null references campaign (id),
    position integer not null,
    organisation_id uuid not null,
    primary key (campaign_id, position)
);

create table campaign_scenario (
    campaign_id uuid not null references campaign (id),
    position integer not null,
    scenario_id uuid not null,
    primary key (campaign_id, position)
);

create table campaign_channel (
    campaign_id uuid not null references campaign (id),
    channel varchar(20) not null,
    primary key (campaign_id, channel)
);

create table probe_slot (
    id uuid primary key,
    campaign_id uuid not null references campaign (id),
    organisation_id uuid not null,
    scenario_id uuid not null,
    channel varchar(20) not null,
    due_at timestamp with time zone not null
);

create index probe_slot_campaign_idx on probe_slot (campaign_id);
