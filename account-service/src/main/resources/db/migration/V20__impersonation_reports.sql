-- Reports of accounts that impersonate an entity, followed until the platform removes them (G6.l, G4.3.i).
create table impersonation_report (
    id                       uuid        primary key,
    entity_code              text        not null references government_entity (code),
    platform                 text        not null,
    handle                   text        not null,
    handle_key               text        not null,
    profile_url              text,
    impersonated_account_id  uuid        references official_account (id),
    notes                    text,
    status                   text        not null,
    platform_case_ref        text,
    reported_at              timestamptz not null,
    reported_by              text        not null,
    submitted_at             timestamptz,
    resolved_at              timestamptz,
    updated_at               timestamptz not null,
    version                  bigint      not null default 0
);
create index impersonation_report_entity on impersonation_report (entity_code, reported_at desc);
-- One open report per entity and impersonating account.
create unique index impersonation_report_open on impersonation_report (entity_code, platform, handle_key)
    where status in ('REPORTED', 'SUBMITTED_TO_PLATFORM');

create table impersonation_evidence (
    report_id  uuid not null references impersonation_report (id),
    position   int  not null,
    url        text not null,
    primary key (report_id, position)
);
