alter table report_fact add column available boolean;
alter table report_fact add column bot_only boolean;
