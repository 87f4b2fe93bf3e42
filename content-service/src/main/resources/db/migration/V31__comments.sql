-- Comments on official accounts from platform exports, screened on arrival, and the moderators' actions on them
-- (G4.3.f, G4.3.j, G6.i, G7.6, G7.7, G7.8). A comment is stored once per account and platform comment id: a
-- re-sent export adds nothing.
create table moderation_comment (
    id                   uuid        primary key,
    entity               text        not null,
    account_id           uuid        not null,
    platform             text        not null,
    platform_comment_id  text        not null,
    post_url             text,
    author_handle        text,
    text                 text        not null,
    language             text,
    commented_at         timestamptz not null,
    received_at          timestamptz not null,
    flagged              boolean     not null,
    findings             text        not null,
    status               text        not null,
    first_reply_at       timestamptz,
    last_action_at       timestamptz,
    version              bigint      not null default 0,
    unique (account_id, platform_comment_id)
);
create index moderation_comment_queue on moderation_comment (entity, account_id, commented_at);

-- What a moderator did with a comment; a reply names the canned reply it used, if any.
create table moderation_action (
    id               uuid        primary key,
    comment_id       uuid        not null references moderation_comment (id),
    entity           text        not null,
    action           text        not null,
    text             text,
    canned_reply_id  uuid        references canned_reply (id),
    note             text,
    staff_id         uuid        not null,
    actor_name       text        not null,
    at               timestamptz not null
);
create index moderation_action_comment on moderation_action (comment_id, at);
