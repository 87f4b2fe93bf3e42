-- Content items (G7.1, G7.2): what the social media unit prepares for its official accounts, and where it is in
-- its lifecycle (lifecycle.Transition). The content fields are kept whole, as canonical JSON, so an approval can
-- bind to their SHA-256 (content_hash); title, body and planned_at are also columns for lists and filters.
create table content_item (
    id              uuid        primary key,
    entity          text        not null,
    author_id       text        not null,
    author_name     text        not null,
    title           text        not null,
    body            text        not null,
    planned_at      timestamptz,
    campaign        boolean     not null,
    paid_promotion  boolean     not null,
    content         text        not null,
    content_hash    text        not null,
    state           text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
create index content_item_entity_state on content_item (entity, state);
create index content_item_entity_planned on content_item (entity, planned_at);

-- The official accounts an item is for (ids from the account directory, which another table of this database
-- keeps; no foreign key, since the directory may learn an account after it is named).
create table content_target_account (
    content_id  uuid not null references content_item (id),
    account_id  uuid not null,
    primary key (content_id, account_id)
);
create index content_target_account_account on content_target_account (account_id);

-- Approvals (G4.3.d, G7.3.a, G7.3.b): each binds to the hash of the exact content reviewed; an edit voids them.
create table content_approval (
    id             uuid        primary key,
    content_id     uuid        not null references content_item (id),
    entity         text        not null,
    approver_id    text        not null,
    approver_name  text        not null,
    decision       text        not null,
    fact_checked   boolean     not null,
    neutral        boolean     not null,
    note           text,
    content_hash   text        not null,
    decided_at     timestamptz not null,
    voided_at      timestamptz
);
create index content_approval_content on content_approval (content_id);

-- What was published where: one publication per item and account.
create table content_publication (
    id                 uuid        primary key,
    content_id         uuid        not null references content_item (id),
    entity             text        not null,
    account_id         uuid        not null,
    platform           text        not null,
    platform_post_url  text        not null,
    published_at       timestamptz not null,
    recorded_at        timestamptz not null,
    recorded_by        text        not null,
    unique (content_id, account_id)
);
create index content_publication_account_published on content_publication (account_id, published_at);
