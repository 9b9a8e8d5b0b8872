alter table report_fact add column greeted_by_name boolean;
alter table report_fact add column signed_by_person boolean;
alter table report_fact add column same_thread boolean;
alter table report_fact add column other_language boolean;
alter table report_fact add column address_bounced boolean;
