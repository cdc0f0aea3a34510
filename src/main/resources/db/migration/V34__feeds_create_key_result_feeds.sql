-- A key result updated by an integration: PUSH (a system posts check-ins with a CHECKINS_WRITE token) or PULL (the
-- application reads a number at a JSON pointer from a URL every so often). The settings carry a version; what the
-- last pull found (outcome, error, value) does not, so a pull never makes an open settings form stale.
-- A PUSH feed keeps there how the integration's latest check-in went (PUSH_RECORDED, PUSH_REFUSED).
-- A pull is made by whichever instance claims the feed first (claimed_until), as notifications are.
create table key_result_feed (
    key_result_id   bigint primary key references key_result (id) on delete cascade,
    mode            varchar(4)               not null,
    url             varchar(2000),
    json_pointer    varchar(500),
    every_seconds   integer,
    configured_by   bigint                   not null references person (id),
    version         integer                  not null,
    next_pull_at    timestamp with time zone,
    claimed_until   timestamp with time zone,
    last_pulled_at  timestamp with time zone,
    last_outcome    varchar(13),
    last_error      varchar(500),
    last_value      numeric(19, 4),
    constraint key_result_feed_mode_check check (mode in ('PUSH', 'PULL')),
    constraint key_result_feed_outcome_check check (last_outcome in ('RECORDED', 'UNCHANGED', 'MALFORMED', 'MISSING', 'NOT_JSON',
        'UNREACHABLE', 'HTTP_ERROR', 'REFUSED', 'PUSH_RECORDED', 'PUSH_REFUSED'))
);
create index key_result_feed_due_idx on key_result_feed (next_pull_at);
