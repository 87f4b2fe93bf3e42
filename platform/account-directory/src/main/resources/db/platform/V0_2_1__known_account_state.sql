-- The account directory learns each account's whole state from the compacted topic rasmi.account.state.v1:
-- what the events do not carry (verified badge, posting plan, role holders) and the version of the state applied.

-- The highest state version applied; null while the account is known from its events only.
alter table known_account add column state_version integer;
alter table known_account add column verified boolean not null default false;
alter table known_account add column posts_per_week integer;
alter table known_account add column posting_note text;

-- Who holds admin, publisher or moderator on the account now (G6.a), as its newest state says.
create table known_account_role_holder (
    account_id  uuid not null references known_account (id),
    staff_id    uuid not null,
    role        text not null,
    primary key (account_id, staff_id, role)
);
create index known_account_role_holder_staff on known_account_role_holder (staff_id);

-- A status change for an account whose state has not arrived yet (the two topics are read apart): kept until
-- the account is known, then applied if it is newer than what arrived.
create table known_account_pending_status (
    account_id  uuid        primary key,
    entity      text        not null,
    status      text        not null,
    changed_at  timestamptz not null
);
