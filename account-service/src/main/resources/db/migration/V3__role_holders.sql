-- Who holds the keys of each official account (G6.a, G4.3.e). Rows are never deleted: removal sets removed_at.
create table account_role_holder (
    id           uuid        primary key,
    account_id   uuid        not null references official_account (id),
    entity_code  text        not null references government_entity (code),
    staff_id     uuid        not null references staff_member (id),
    role         text        not null,
    added_at     timestamptz not null,
    added_by     text        not null,
    removed_at   timestamptz,
    removed_by   text,
    version      bigint      not null default 0
);
-- A person holds a role on an account at most once at a time; history may repeat it.
create unique index account_role_holder_current on account_role_holder (account_id, staff_id, role)
    where removed_at is null;
create index account_role_holder_account on account_role_holder (account_id, added_at);
create index account_role_holder_staff_current on account_role_holder (staff_id) where removed_at is null;
