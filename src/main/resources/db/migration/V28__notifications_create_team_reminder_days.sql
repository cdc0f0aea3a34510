-- A team that is reminded on another day than the organisation's check-in day (issue 9): its people's reminders, and
-- the digest of its leads, go out on this day. No row: the organisation's day.
create table team_reminder_day (
    team_id bigint     primary key references team (id) on delete cascade,
    weekday varchar(9) not null,
    version integer    not null,
    constraint team_reminder_day_weekday_check
        check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
);
