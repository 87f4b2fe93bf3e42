-- Each account's newest follower count from kpi-service (rasmi.kpi.account-reach.v1, compacted), highest version
-- kept; the severity of an incident is rated by it (reach/AccountReaches). Rebuilt from the topic at every start.
create table account_reach (
    account_id   uuid        primary key,
    entity       text        not null,
    followers    bigint      not null check (followers >= 0),
    as_of        date        not null,
    version      bigint      not null,
    received_at  timestamptz not null
);
