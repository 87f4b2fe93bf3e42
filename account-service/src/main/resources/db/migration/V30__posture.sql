-- The posture report's memory: the last recorded outcome per account and control, and overdue notices sent.
create table account_posture (
    account_id       uuid        primary key references official_account (id),
    entity_code      text        not null,
    score            integer     not null,
    failing_clauses  text        not null,
    evaluated_at     timestamptz not null
);
create index account_posture_entity on account_posture (entity_code);

create table account_posture_control (
    account_id  uuid        not null references official_account (id),
    clause      text        not null,
    status      text        not null,
    since       timestamptz not null,
    primary key (account_id, clause)
);

-- One row per overdue period announced: a password due at T, a review kind due at T.
create table posture_notice (
    account_id  uuid        not null references official_account (id),
    kind        text        not null,
    period_key  text        not null,
    noticed_at  timestamptz not null,
    primary key (account_id, kind, period_key)
);
