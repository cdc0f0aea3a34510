-- A result keeps its evidence in its own row, kinds and ids side by side in order (ADR 0009): a full recompute of
-- 20,000 teams writes one row per team and signal instead of one more per piece of evidence, and deletes them without
-- a cascade. Results stored before are dropped; a team's are computed again when next read.
delete from health_evidence;
delete from health_result;
drop table health_evidence;
alter table health_result add column evidence_kinds varchar(12) array;
alter table health_result add column evidence_ids bigint array;

-- How many teams each signal finds in each band, per cycle: kept in step with health_result by the transaction that
-- replaces a team's results, so that the organisation's page reads 80 rows a cycle rather than counting 20,000 teams'.
create table health_band_count (
    cycle_id bigint      not null references cycle (id) on delete cascade,
    signal   varchar(40) not null,
    band     varchar(12) not null,
    teams    integer     not null,
    primary key (cycle_id, signal, band),
    constraint health_band_count_teams_check check (teams >= 0)
);
