-- Where a check-in came from: the web pages (WEB), the API with a personal token (API), an integration's token of
-- scope CHECKINS_WRITE (INTEGRATION), or a key result's scheduled pull (PULL). A token's check-ins name the token.
-- Earlier check-ins read as WEB: most were made there, and which came through the API was never recorded.
alter table check_in add column source varchar(12) default 'WEB' not null;
alter table check_in add constraint check_in_source_check check (source in ('WEB', 'API', 'INTEGRATION', 'PULL'));
alter table check_in add column source_token_id bigint references api_token (id);

-- A token that may only post check-ins, for the systems that report a key result's value.
alter table api_token drop constraint api_token_scope_check;
alter table api_token add constraint api_token_scope_check check (scope in ('OKR', 'APPRAISAL', 'CHECKINS_WRITE'));
