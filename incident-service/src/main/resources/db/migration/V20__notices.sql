-- Whom to tell of a breach (G6.j): the members of each entity's social media unit, as account-service publishes
-- them (rasmi.account.staff-state.v1 and the staff events). A snapshot is applied only over an older one (version).
create table known_staff (
    staff_id        uuid        primary key,
    entity_code     text        not null,
    full_name       text        not null,
    official_email  text        not null,
    unit_role       text        not null,
    active          boolean     not null,
    version         integer     not null,
    updated_at      timestamptz not null,
    received_at     timestamptz not null
);
create index known_staff_entity on known_staff (entity_code, unit_role) where active;

-- E-mail notices about incidents, written in the transaction of the change they tell of and sent after it by
-- NoticeSender (an outbox for mail). No foreign key to the incident table: notices are their own record.
create table incident_notice (
    id               uuid        primary key,
    incident_id      uuid        not null,
    entity_code      text        not null,
    kind             text        not null,
    -- Resolved when the notice was queued: the IT officers and the head of the unit then; one address a line.
    recipients       text        not null,
    subject          text        not null,
    body             text        not null,
    status           text        not null,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    -- Why the last attempt failed, or why the notice could not be sent at all; never a credential.
    last_error       text,
    created_at       timestamptz not null,
    finished_at      timestamptz,
    version          bigint      not null default 0,
    constraint incident_notice_status check (status in ('PENDING', 'DELIVERED', 'FAILED', 'UNDELIVERABLE')),
    constraint incident_notice_kind check (kind in ('REPORTED', 'SEVERITY_RAISED', 'TARGET_MISSED'))
);
-- The sender's queue: pending notices in the order they are due.
create index incident_notice_due on incident_notice (next_attempt_at, created_at) where status = 'PENDING';
create index incident_notice_incident on incident_notice (incident_id, created_at);
