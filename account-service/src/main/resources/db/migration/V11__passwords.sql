-- Password rotations (G6.f, G6.g). Only an Argon2id hash of each password is kept, for the reuse checks;
-- never the password itself.
create table password_policy (
    entity_code    text        primary key references government_entity (code),
    -- An entity may rotate more often than the guideline's 90 days, never less often (G2.3).
    rotation_days  integer     not null check (rotation_days between 1 and 90),
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);

create table password_rotation (
    id             uuid        primary key,
    account_id     uuid        not null references official_account (id),
    entity_code    text        not null references government_entity (code),
    password_hash  text        not null,
    rotated_at     timestamptz not null,
    next_due_at    timestamptz not null,
    rotated_by     text        not null
);
create index password_rotation_account on password_rotation (account_id, rotated_at desc);
create index password_rotation_entity on password_rotation (entity_code, account_id, rotated_at desc);
