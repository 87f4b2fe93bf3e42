-- Error correction (G7.5): a post on an official account found wrong, the procedure chosen for it (from the error
-- type and the platform capability table) and its checklist. content_id is null for a post that was no content
-- item (an unauthorised post). seconds_to_correct runs from detected_at to corrected_at.
create table correction (
    id                  uuid        primary key,
    entity              text        not null,
    account_id          uuid        not null,
    platform            text        not null,
    content_id          uuid        references content_item (id),
    platform_post_url   text        not null,
    published_at        timestamptz,
    error_type          text        not null,
    in_media            boolean     not null,
    procedure           text        not null,
    editable_until      timestamptz,
    description         text        not null,
    detected_at         timestamptz not null,
    opened_at           timestamptz not null,
    opened_by           text        not null,
    state               text        not null,
    corrected_at        timestamptz,
    seconds_to_correct  integer,
    version             bigint      not null default 0,
    check ((state = 'DONE') = (corrected_at is not null and seconds_to_correct is not null))
);
create index correction_entity_detected on correction (entity, detected_at desc);
create index correction_content on correction (content_id) where content_id is not null;
-- One open correction per post, across replicas too.
create unique index correction_open_post on correction (account_id, platform_post_url) where state = 'OPEN';

-- The checklist, in order (position from 0); done_by is the staff id of whoever did the step.
create table correction_step (
    correction_id  uuid        not null references correction (id),
    position       integer     not null,
    step           text        not null,
    done_at        timestamptz,
    done_by        uuid,
    done_by_name   text,
    primary key (correction_id, position)
);
