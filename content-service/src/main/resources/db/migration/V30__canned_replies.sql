-- Canned replies (G7.7): short prepared answers to common questions, approved like content before moderators may use
-- them (G4.3.d). The approval binds to the SHA-256 of the exact reply (content_hash); an edit voids it.
-- search_text holds the normalised words of topic, patterns and replies (io.rasmi.text.TextNormalizer), so that
-- plain Arabic typed by a moderator finds a reply written with diacritics, tatweel or other letter variants.
create table canned_reply (
    id                 uuid        primary key,
    entity             text        not null,
    topic              text        not null,
    question_patterns  text        not null,
    reply_ar           text        not null,
    reply_en           text,
    content_hash       text        not null,
    search_text        text        not null,
    author_id          text        not null,
    author_name        text        not null,
    approved_by_id     text,
    approved_by_name   text,
    approved_hash      text,
    approved_at        timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);
create index canned_reply_entity on canned_reply (entity, topic);
