-- Company sign-in (issue 9): whether someone the company's OpenID provider vouches for, but whom no person's e-mail
-- address matches, becomes a person on their first sign-in. Off until an admin turns it on: until then, admins add
-- people (or import them) before they can sign in.
create table sign_in_policy (
    id                      integer primary key,
    create_on_first_sign_in boolean not null,
    version                 integer not null,
    constraint sign_in_policy_single_row check (id = 1)
);
insert into sign_in_policy (id, create_on_first_sign_in, version) values (1, false, 0);
