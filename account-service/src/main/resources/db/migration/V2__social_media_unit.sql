-- The entity's social media unit (G4.3.k) and the training its members completed (G7.6).
create table staff_member (
    id              uuid        primary key,
    entity_code     text        not null references government_entity (code),
    full_name       text        not null,
    -- Lower case; always on one of the entity's own domains (G6.c).
    official_email  text        not null,
    unit_role       text        not null,
    active          boolean     not null default true,
    -- When the person left the unit; null while active.
    left_at         timestamptz,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
-- One person per official address in an entity.
create unique index staff_member_entity_email on staff_member (entity_code, official_email);
create index staff_member_entity on staff_member (entity_code, created_at);

create table staff_training (
    id            uuid        primary key,
    staff_id      uuid        not null references staff_member (id),
    entity_code   text        not null references government_entity (code),
    topic         text        not null,
    completed_at  timestamptz not null,
    evidence_url  text,
    recorded_at   timestamptz not null,
    recorded_by   text        not null
);
-- The same course recorded twice is one record.
create unique index staff_training_once on staff_training (staff_id, topic, completed_at);
create index staff_training_staff on staff_training (staff_id, completed_at);
