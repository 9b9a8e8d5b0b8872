create table probe_run (
    id uuid primary key,
    slot_id uuid not null unique,
    campaign_id uuid not null,
    channel varchar(20) not null,
    organisation_id uuid not null,
    organisation_name varchar(200) not null,
    sector varchar(100) not null,
    target_address varchar(320),
    target_domain varchar(255),
    scenario_id uuid not null,
    scenario_title varchar(200) not null,
    subject_key varchar(400) not null,
    plan text not null,
    reply_deadline_seconds bigint not null,
    resolution_threshold double precision not null,
    token varchar(20) not null unique,
    state varchar(30) not null,
    outcome varchar(20),
    attempts integer not null default 0,
    problem varchar(2000),
    retry_at timestamp with time zone,
    claimed_by varchar(200),
    due_at timestamp with time zone not null,
    contacted_at timestamp with time zone,
    contacted_at_clock varchar(40),
    deadline_at timestamp with time zone,
    auto_acknowledged_at timestamp with time zone,
    first_human_reply_at timestamp with time zone,
    reply_clock varchar(40),
    answer_text text,
    answer_signature text,
    answer_evidence_id uuid,
    event_count integer not null default 0,
    version bigint not null default 0
);

create index probe_run_campaign_idx on probe_run (campaign_id);
create index probe_run_state_idx on probe_run (state, due_at);
create index probe_run_target_address_idx on probe_run (target_address);
create index probe_run_target_domain_idx on probe_run (target_domain);

create table probe_event (
    id uuid primary key,
    probe_id uuid not null references probe_run (id),
    sequence_no integer not null,
    type varchar(40) not null,
    at timestamp with time zone not null,
    clock varchar(40) not null,
    detail varchar(2000),
    evidence_id uuid,
    unique (probe_id, sequence_no)
);

create table evidence (
    id uuid primary key,
    probe_id uuid,
    kind varchar(40) not null,
    media_type varchar(100) not null,
    sha256 char(64) not null,
    size_bytes bigint not null,
    truncated boolean not null,
    captured_at timestamp with time zone not null,
    content bytea not null
);

create index evidence_probe_idx on evidence (probe_id);
create index evidence_sha256_idx on evidence (sha256);

create table inbound_message (
    id uuid primary key,
    mailbox varchar(400) not null,
    uid_validity bigint not null,
    uid bigint not null,
    internal_date timestamp with time zone,
    processed_at timestamp with time zone not null,
    sha256 char(64) not null,
    size_bytes bigint not null,
    message_id varchar(1000),
    from_address varchar(400),
    subject varchar(1000),
    evidence_id uuid not null,
    auto_reply boolean not null,
    auto_reply_reasons varchar(2000),
    status varchar(30) not null,
    probe_id uuid,
    match_basis varchar(30),
    detail varchar(2000),
    unique (mailbox, uid_validity, uid)
);

create index inbound_message_sha256_idx on inbound_message (mailbox, sha256);
create index inbound_message_status_idx on inbound_message (status);

create table mailbox_checkpoint (
    mailbox varchar(400) not null,
    folder varchar(200) not null,
    uid_validity bigint not null,
    last_uid bigint not null,
    scanned_until timestamp with time zone,
    primary key (mailbox, folder)
);
