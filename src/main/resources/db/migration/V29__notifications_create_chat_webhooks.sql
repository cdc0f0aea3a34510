-- Where chat reminders and digests are posted (issue 9): a group's incoming webhook on Feishu/Lark, DingTalk, WeCom,
-- Slack or Microsoft Teams, one for the organisation and one per team that wants its own. scope_id is 0 for the
-- organisation's and the team's id otherwise, so each has at most one (a unique key over a nullable team_id would
-- let the organisation have many). The secret signs messages where the platform asks for it (Feishu, DingTalk).
create table chat_webhook (
    scope_id   bigint                   primary key,
    team_id    bigint                   references team (id) on delete cascade,
    platform   varchar(10)              not null,
    url        varchar(500)             not null,
    secret     varchar(200),
    version    integer                  not null,
    updated_at timestamp with time zone not null,
    constraint chat_webhook_scope_check check ((team_id is null and scope_id = 0) or scope_id = team_id),
    constraint chat_webhook_platform_check check (platform in ('FEISHU', 'DINGTALK', 'WECOM', 'SLACK', 'TEAMS'))
);
