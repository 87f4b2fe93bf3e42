-- Periodic reviews of an account's settings, access history and role holders (G6.h).
create table account_review (
    id             uuid        primary key,
    account_id     uuid        not null references official_account (id),
    entity_code    text        not null references government_entity (code),
    kind           text        not null,
    reviewed_at    timestamptz not null,
    findings       text        not null,
    evidence_url   text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);
create index account_review_account on account_review (account_id, kind, reviewed_at desc);

-- The platform's verified badge (G6.k); one record per account, replaced as a whole.
create table account_verification (
    account_id     uuid        primary key references official_account (id),
    verified       boolean     not null,
    verified_at    timestamptz,
    evidence_url   text,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    version        bigint      not null default 0
);

-- What a person attests because the system cannot observe it: the logo (G6.e), people and money (G5.5, G4.3.l).
create table account_attestation (
    id             uuid        primary key,
    account_id     uuid        not null references official_account (id),
    entity_code    text        not null references government_entity (code),
    clause         text        not null,
    evidence_url   text        not null,
    note           text,
    attested_at    timestamptz not null,
    attested_by    text        not null
);
create index account_attestation_account on account_attestation (account_id, clause, attested_at desc);
