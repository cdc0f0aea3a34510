-- OKR health, stored per cycle and scope ("team:<id>", later "organisation"): each signal's value (null when there is
-- nothing to measure), its band, how many objectives, key results or people make it, and when it was computed
-- (ADR 0009). Pages and the API read these rows; they never compute on the way.
create table health_result (
    cycle_id       bigint                   not null references cycle (id) on delete cascade,
    scope          varchar(24)              not null,
    signal         varchar(40)              not null,
    measured       numeric(19, 4),
    band           varchar(12)              not null,
    evidence_count integer                  not null,
    computed_at    timestamp with time zone not null,
    primary key (cycle_id, scope, signal),
    constraint health_result_band_check check (band in ('HEALTHY', 'WATCH', 'AT_RISK', 'NOT_MEASURED'))
);

-- The evidence kept for a result, in order: ids only, shown through the reader's permissions.
create table health_evidence (
    cycle_id   bigint      not null,
    scope      varchar(24) not null,
    signal     varchar(40) not null,
    position   integer     not null,
    kind       varchar(12) not null,
    subject_id bigint      not null,
    primary key (cycle_id, scope, signal, position),
    foreign key (cycle_id, scope, signal) references health_result (cycle_id, scope, signal) on delete cascade,
    constraint health_evidence_kind_check check (kind in ('OBJECTIVE', 'KEY_RESULT', 'PERSON', 'REQUEST', 'PROPOSAL'))
);
