create table phone_callback (
    id uuid primary key,
    call_sid varchar(64) not null unique,
    from_number varchar(32) not null,
    to_number varchar(32),
    received_at timestamp with time zone not null,
    probe_id uuid references probe_run (id),
    promised boolean not null,
    delay_millis bigint,
    audio_evidence_id uuid,
    audio_sha256 varchar(64)
);
create index phone_callback_probe_idx on phone_callback (probe_id);
