-- a campaign's weights for the composite channel score, and who set them
create table campaign_score_weights (
    campaign_id uuid primary key,
    response_rate integer not null,
    within_norm integer not null,
    resolution integer not null,
    language_quality integer not null,
    set_by varchar(100) not null,
    set_at timestamp with time zone not null
);

-- an organisation's measurements across campaigns (its scan beside what was measured)
create index measurement_organisation_idx on measurement (organisation_id);
