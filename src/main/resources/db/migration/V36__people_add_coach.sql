-- OKR coaches (issue 10): the organisation's small alliance of believers, named by admins. Coaches read every team's
-- OKR health and the organisation's, decide what the showcase shows and see the teams that asked for help.
alter table person add column coach boolean not null default false;
