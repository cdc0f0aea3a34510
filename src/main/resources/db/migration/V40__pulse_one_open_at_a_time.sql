-- Review of issue 10: only the newest open pulse could be answered, so an older one left open was dead weight and
-- a second one opened at the same moment raced the check. open_slot is 1 while a pulse is open and null once closed:
-- its unique key lets one pulse be open at a time, whatever two admins do at once. The older open pulses, which
-- nobody could answer any more, are closed first.
update pulse set state = 'CLOSED', version = version + 1
where state = 'OPEN' and id < (select max(id) from pulse where state = 'OPEN');
alter table pulse add column open_slot integer;
update pulse set open_slot = 1 where state = 'OPEN';
alter table pulse add constraint pulse_one_open unique (open_slot);
