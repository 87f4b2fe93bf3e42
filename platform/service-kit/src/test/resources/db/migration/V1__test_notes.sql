-- A tiny aggregate for exercising the kit the way a service uses it.
create table test_note (
    id         uuid   primary key,
    entity     text   not null,
    title      text   not null,
    version    bigint not null default 0
);
