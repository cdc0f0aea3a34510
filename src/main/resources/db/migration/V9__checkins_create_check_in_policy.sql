-- The weekday the organisation checks in on: a week of check-ins starts on it. One row, as there is one
-- organisation; an admin may change the day, never the weekly rhythm.
create table check_in_policy (
    id      integer primary key,
    weekday varchar(9) not null,
    version integer    not null,
    constraint check_in_policy_single_row check (id = 1),
    constraint check_in_policy_weekday_check
        check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'))
);
insert into check_in_policy (id, weekday, version) values (1, 'MONDAY', 0);
