-- A person's page lists their latest check-ins.
create index check_in_author_idx on check_in (author_id, id);
