-- Closing a period freezes its results: each person's template, KPI lines and weighted attainment as they were,
-- so a later correction of a measurement, a revised target or an edited template changes nothing already
-- concluded. The manager's assessment stays in appraisal_assessment. No foreign key to templates or KPIs: what
-- was concluded outlives them.
alter table appraisal_period add column closed_at timestamp with time zone;
alter table appraisal_period add column closed_by bigint references person (id);

create table appraisal_closed_result (
    period_id           bigint        not null references appraisal_period (id) on delete cascade,
    person_id           bigint        not null references person (id),
    person_name         varchar(200)  not null,
    email               varchar(320)  not null,
    template_id         bigint        not null,
    template_name       varchar(100)  not null,
    weighted_attainment numeric(9, 4) not null,
    primary key (period_id, person_id)
);

create table appraisal_closed_line (
    period_id      bigint         not null,
    person_id      bigint         not null,
    position       integer        not null,
    kpi_id         bigint         not null,
    kpi_name       varchar(200)   not null,
    unit           varchar(40)    not null,
    direction      varchar(20)    not null,
    measured_value numeric(19, 4),
    measured_on    date,
    target_value   numeric(19, 4) not null,
    attainment     numeric(9, 4)  not null,
    weight         integer        not null,
    contribution   numeric(9, 4)  not null,
    measured       boolean        not null,
    primary key (period_id, person_id, position),
    foreign key (period_id, person_id) references appraisal_closed_result (period_id, person_id) on delete cascade
);
