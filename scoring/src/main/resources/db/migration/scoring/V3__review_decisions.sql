-- a consultant's decisions on the review queue: who, when, why, the value replaced and
-- the whole measurement as it was before
create table review_decision (
    id uuid primary key,
    action varchar(20) not null,
    probe_id uuid,
    reply_id uuid,
    field varchar(100),
    original_value varchar(100),
    new_value varchar(100),
    reason text not null,
    decided_by varchar(100) not null,
    decided_at timestamp with time zone not null,
    original_measurement text,
    -- a reply is decided on once; a probe that needed review is decided contacted or not once
    settled_reply_id uuid unique,
    settled_probe_id uuid unique
);

create index review_decision_probe_idx on review_decision (probe_id);
create index review_decision_reply_idx on review_decision (reply_id);
