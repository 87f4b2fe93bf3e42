-- The account directory: what this service knows of official accounts, from account-service's events.
create table known_account (
    id               uuid        primary key,
    entity           text        not null,
    platform         text        not null,
    handle           text        not null,
    profile_url      text,
    display_name_ar  text        not null,
    display_name_en  text,
    status           text        not null,
    last_event_at    timestamptz not null,
    version          bigint      not null default 0
);
create index known_account_entity on known_account (entity);
