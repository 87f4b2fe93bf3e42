-- Each account's newest follower count as last announced on rasmi.kpi.account-reach.v1 (reach/ReachAnnouncer): the
-- FOLLOWERS total (no dimension) of the newest day that has one. A batch that changes it bumps the version and
-- writes the event in its own transaction.
create table kpi_account_reach (
    account_id  uuid        primary key,
    entity      text        not null,
    followers   bigint      not null check (followers >= 0),
    as_of       date        not null,
    version     bigint      not null check (version >= 1),
    updated_at  timestamptz not null
);
