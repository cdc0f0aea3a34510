-- Who viewed whose scores: when someone is shown the scores of another person's objective, that person can see who
-- looked, and when. One row per viewer, owner and day, however often they looked that day: enough to be
-- transparent, and the table grows with people and days, never with page loads.
create table score_view (
    viewer_id       bigint                   not null references person (id),
    owner_id        bigint                   not null references person (id),
    viewed_on       date                     not null,
    first_viewed_at timestamp with time zone not null,
    primary key (viewer_id, owner_id, viewed_on)
);
-- The owner reads their log newest first.
create index score_view_owner_idx on score_view (owner_id, viewed_on);
