-- Closing a cycle starts with asking owners for final scores: from then on every new score in the cycle is FINAL,
-- even before its last week. One call per cycle; asking again changes nothing.
create table final_score_call (
    cycle_id bigint                   not null primary key references cycle (id),
    asked_by bigint                   not null references person (id),
    asked_at timestamp with time zone not null
);
create index final_score_call_asked_by_idx on final_score_call (asked_by);
