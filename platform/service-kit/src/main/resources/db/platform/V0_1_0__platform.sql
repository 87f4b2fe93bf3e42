-- Tables every Rasmi service has: outbox, inbox, audit trail, idempotency records.
-- Versions 0.x belong to platform/service-kit; a service's own migrations start at V1.

create table outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    topic        text        not null,
    message_key  text        not null,
    envelope     text        not null,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
-- The relay reads only what is still unsent, in order.
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    received_at  timestamptz not null,
    primary key (consumer, event_id)
);

create table audit_entry (
    seq           bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    entity        text,
    actor         text        not null,
    action        text        not null,
    record_type   text        not null,
    record_id     text        not null,
    request_id    text,
    details       text,
    previous_hash text        not null,
    hash          text        not null
);
create index audit_entry_record on audit_entry (record_type, record_id);

-- Append-only: history may be read, never rewritten.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create table idempotency_record (
    scope         text        not null,
    idem_key      text        not null,
    operation     text        not null,
    request_hash  text        not null,
    status        integer     not null,
    body          text,
    location      text,
    created_at    timestamptz not null,
    primary key (scope, idem_key)
);
create index idempotency_record_created on idempotency_record (created_at);
