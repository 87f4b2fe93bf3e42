-- Sentiment of comments on the entities' accounts (G9.3) and posts recorded by Rasmi (G9.1, POSTS), both filled from
-- content-service's events through the inbox.

-- One comment's class, without its text or author: what the sentiment series count. Day is Baghdad's.
create table comment_sentiment (
    comment_id     uuid          primary key,
    entity         text          not null,
    account_id     uuid          not null,
    platform       text          not null,
    comment_day    date          not null,
    sentiment      text          not null check (sentiment in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    score          numeric(5, 4) not null check (score between -1 and 1),
    language       text,
    classifier     text          not null,
    commented_at   timestamptz   not null,
    classified_at  timestamptz   not null
);
create index comment_sentiment_account_day on comment_sentiment (account_id, comment_day);

-- One publication of a content item on one account, as content-service recorded it; counted per account and day
-- (Baghdad's) beside the platform's own POSTS figure. A publication counts once, however often its event arrives.
create table recorded_post (
    publication_id  uuid         primary key,
    content_id      uuid         not null,
    entity          text         not null,
    account_id      uuid         not null,
    platform        text         not null,
    post_day        date         not null,
    published_at    timestamptz  not null,
    recorded_at     timestamptz  not null
);
create index recorded_post_account_day on recorded_post (account_id, post_day);
