-- an organisation's Service Excellence Scan: every respondent's answers, as submitted
create table service_excellence_scan (
    id uuid primary key,
    organisation_id uuid not null,
    sector varchar(100) not null,
    submitted_at timestamp with time zone not null,
    submitted_by varchar(100) not null,
    answers text not null
);

create index service_excellence_scan_organisation_idx on service_excellence_scan (organisation_id, submitted_at);
