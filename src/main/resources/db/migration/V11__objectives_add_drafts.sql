-- A draft is an objective or key result that another team's contribution request put into a team's OKRs:
-- it counts against the caps like any other, and its owners confirm it (or change or delete it) in their own time.
alter table objective add column draft boolean default false not null;
alter table key_result add column draft boolean default false not null;
