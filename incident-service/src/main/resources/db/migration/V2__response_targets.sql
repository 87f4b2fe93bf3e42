-- Response targets (issue 7): HIGH and CRITICAL incidents must be TRIAGED and CONTAINED within a time. The defaults
-- are configuration; an entity may tighten them here, never loosen.
create table entity_response_targets (
    entity               text        primary key,
    triage_minutes       integer     not null check (triage_minutes > 0),
    containment_minutes  integer     not null check (containment_minutes > 0),
    updated_at           timestamptz not null,
    updated_by           text        not null,
    version              bigint      not null default 0
);

-- Each target an incident missed, once: the primary key makes the announcement idempotent per incident and target,
-- whichever replica's scan sees it first.
create table incident_target_miss (
    incident_id  uuid        not null references incident (id),
    target       text        not null,
    due_at       timestamptz not null,
    missed_at    timestamptz not null,
    primary key (incident_id, target)
);
