-- Incidents (G6.j): a breach of an entity's official accounts, reported by its staff or opened from account events.
create table incident (
    id                     uuid        primary key,
    entity                 text        not null,
    type                   text        not null,
    state                  text        not null,
    severity               text        not null,
    computed_severity      text        not null,
    tlp                    text        not null,
    summary                text        not null,
    description            text,
    personal_data_exposed  boolean     not null,
    detected_at            timestamptz not null,
    reported_at            timestamptz not null,
    -- the token subject of whoever reported it ("system" for an incident opened from an event), and a readable name
    reported_by            text        not null,
    reporter_name          text        not null,
    -- STIX incident-core determination, e.g. suspected for an incident opened from an access anomaly; null = unset
    determination          text,
    -- Event-driven openings: the affected account (or impersonator) that one open incident per type absorbs.
    opening_key            text,
    lessons_learned        text,
    triaged_at             timestamptz,
    contained_at           timestamptz,
    closed_at              timestamptz,
    acknowledged_at        timestamptz,
    acknowledged_by        text,
    updated_at             timestamptz not null,
    version                bigint      not null default 0
);
create index incident_entity_reported on incident (entity, reported_at desc);
create index incident_reporter on incident (entity, reported_by);
-- One open incident per entity, type and opening key: two replicas consuming repeats cannot open two.
create unique index incident_one_open_per_key on incident (entity, type, opening_key)
    where opening_key is not null and state not in ('CLOSED', 'FALSE_POSITIVE');

create table incident_account (
    incident_id  uuid    not null references incident (id),
    position     integer not null,
    account_id   uuid    not null,
    primary key (incident_id, position)
);
create index incident_account_account on incident_account (account_id);

create table incident_evidence (
    incident_id  uuid    not null references incident (id),
    position     integer not null,
    url          text    not null,
    sha256       text    not null,
    note         text,
    primary key (incident_id, position)
);

-- The timeline: every report, transition, severity change, note, notice and CERT message, in order. Append-only.
create table incident_timeline (
    seq              bigint generated always as identity primary key,
    id               uuid        not null unique,
    incident_id      uuid        not null references incident (id),
    entity           text        not null,
    occurred_at      timestamptz not null,
    kind             text        not null,
    actor            text        not null,
    text             text,
    evidence_url     text,
    evidence_sha256  text,
    evidence_note    text,
    -- the entry this one answers or refers to, e.g. the CERT's information request an entity answers
    refers_to        uuid,
    details          text
);
create index incident_timeline_incident on incident_timeline (incident_id, seq);

create function incident_timeline_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'incident_timeline is append-only';
end;
$$;
create trigger incident_timeline_append_only
    before update or delete on incident_timeline
    for each row execute function incident_timeline_is_append_only();
