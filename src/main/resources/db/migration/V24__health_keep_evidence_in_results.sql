-- A result keeps its evidence in its own row, kinds and ids side by side in order (ADR 0009): a full recompute of
-- 20,000 teams writes one row per team and signal instead of one more per piece of evidence, and deletes them without
-- a cascade. Results stored before are dropped; a team's are computed again when next read.
delete from health_evidence;
delete from health_result;
drop table health_evidence;
alter table health_result add column evidence_kinds varchar(12) array;
alter table health_result add column evidence_ids bigint array;
