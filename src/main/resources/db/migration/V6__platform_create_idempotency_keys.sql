create table idempotency_key (
    person_id       bigint                   not null,
    idempotency_key varchar(200)             not null,
    fingerprint     varchar(64)              not null,
    response        varchar(1000000)         not null,
    created_at      timestamp with time zone not null,
    primary key (person_id, idempotency_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
