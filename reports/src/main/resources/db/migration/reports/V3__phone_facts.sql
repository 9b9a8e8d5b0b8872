alter table report_fact add column connected boolean;
alter table report_fact add column live_agent_within_15s boolean;
alter table report_fact add column time_to_answer_seconds double precision;
alter table report_fact add column time_to_agent_from_connect_seconds double precision;
