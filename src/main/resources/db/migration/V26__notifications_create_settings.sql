-- How reminders reach people (issue 9). The organisation's defaults: the hour of the day reminders go out, in each
-- person's own time zone, and the time zone of people who chose none.
create table notification_policy (
    id            integer     primary key,
    reminder_hour integer     not null,
    time_zone     varchar(40) not null,
    version       integer     not null,
    constraint notification_policy_single_row check (id = 1),
    constraint notification_policy_hour_check check (reminder_hour between 0 and 23)
);
insert into notification_policy (id, reminder_hour, time_zone, version) values (1, 9, 'UTC', 0);

-- Each person's own choices: their time zone (none: the organisation's), the channels that reach them, and whether
-- reminders are muted. No row: the defaults — the organisation's time zone, e-mail and chat on, not muted.
create table notification_settings (
    person_id  bigint                   primary key references person (id) on delete cascade,
    time_zone  varchar(40),
    email      boolean                  not null,
    chat       boolean                  not null,
    muted      boolean                  not null,
    version    integer                  not null,
    updated_at timestamp with time zone not null
);
