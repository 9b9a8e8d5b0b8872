create table report_fact (
    probe_id uuid primary key,
    campaign_id uuid not null,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    sector varchar(100) not null,
    channel varchar(20) not null,
    outcome varchar(20) not null,
    answered boolean not null,
    time_to_reply_seconds double precision,
    business_time_to_reply_seconds double precision,
    time_to_ack_seconds double precision,
    errors_per_100_words double precision,
    resolution double precision,
    resolved boolean,
    scored_at timestamp with time zone not null
);

create index report_fact_group_idx on report_fact (campaign_id, sector, channel);

create table benchmark_run (
    campaign_id uuid not null,
    run_no bigint not null,
    status varchar(20) not null,
    started_at timestamp with time zone not null,
    completed_at timestamp with time zone,
    facts integer not null,
    facts_sha256 char(64) not null,
    primary key (campaign_id, run_no)
);

create table benchmark_figure (
    campaign_id uuid not null,
    run_no bigint not null,
    sector varchar(100) not null,
    channel varchar(20) not null,
    metric varchar(60) not null,
    organisations integer not null,
    probes integer not null,
    response_rate double precision,
    mean_value double precision,
    median_value double precision,
    p25 double precision,
    p75 double precision,
    p90 double precision,
    suppressed boolean not null,
    primary key (campaign_id, run_no, sector, channel, metric)
);

create table benchmark_rank (
    campaign_id uuid not null,
    run_no bigint not null,
    sector varchar(100) not null,
    channel varchar(20) not null,
    metric varchar(60) not null,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    probes integer not null,
    metric_value double precision not null,
    rank_no integer,
    percentile double precision,
    ranked_of integer not null,
    primary key (campaign_id, run_no, sector, channel, metric, organisation_id)
);
