-- What a token may reach. OKR, the default, reaches everything but appraisal; APPRAISAL reaches only KPIs,
-- appraisal and the caller's own tokens. So no token ever reaches both OKR scores and appraisal.
alter table api_token add column scope varchar(20) default 'OKR' not null;
alter table api_token add constraint api_token_scope_check check (scope in ('OKR', 'APPRAISAL'));
