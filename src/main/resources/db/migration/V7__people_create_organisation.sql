-- The organisation's own name, given on the first start. One row, as there is one organisation.
create table organisation (
    id         integer primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null,
    constraint organisation_single_row check (id = 1)
);
