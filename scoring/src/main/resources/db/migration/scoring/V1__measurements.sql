create table measurement (
    probe_id uuid primary key,
    campaign_id uuid not null,
    organisation_id uuid not null,
    sector varchar(100) not null,
    channel varchar(20) not null,
    outcome varchar(20) not null,
    scored_at timestamp with time zone not null,
    body text not null
);

create index measurement_campaign_idx on measurement (campaign_id);
