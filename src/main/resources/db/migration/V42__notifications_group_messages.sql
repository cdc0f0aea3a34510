-- Chat messages are written for a group, not for a person (ADR 0010): an incoming webhook posts to everyone in the
-- group, so a reminder naming one person's key results, private ones included, or a lead's own digest must never go
-- there. A group message has no recipient but a chat scope (0: the organisation's group, else the team's) and the
-- time zone whose run planned it; it is unique by kind, scope, zone and day as a person's is by kind, recipient, day
-- and channel. `failure` names why a delivery can never succeed (a message key's code, shown in the reader's
-- language), where `last_error` keeps what a server answered.
alter table notification alter column recipient_id drop not null;
alter table notification add column chat_scope bigint;
alter table notification add column time_zone varchar(40);
alter table notification add column failure varchar(40);
alter table notification add constraint notification_group_once unique (kind, chat_scope, time_zone, period);
-- personal chat messages still waiting would post someone's key results to a group: they are dropped, not sent
delete from notification where channel = 'CHAT' and state = 'PENDING';
alter table notification add constraint notification_addressee_check check (
    (recipient_id is not null and chat_scope is null) or (recipient_id is null and chat_scope is not null and channel = 'CHAT'));
