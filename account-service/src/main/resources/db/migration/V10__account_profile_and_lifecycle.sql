-- What an official account is for and how it is run (G5.3, G5.4, G5.6), the website page that links to it (G3.2),
-- its public bio, and where it stands in its lifecycle (G5.1, G6).
alter table official_account
    add column objectives          text,
    add column posts_per_week      integer,
    add column platforms_note      text,
    add column needs_study_ref     text,
    add column risk_analysis_ref   text,
    add column website_link_url    text,
    add column bio                 text,
    add column status_changed_at   timestamptz,
    -- Set when the account last became COMPROMISED: a recovery needs a rotation and a review after it.
    add column compromised_at      timestamptz,
    -- Set the first time the account became ACTIVE: the review cadence of a never-reviewed account counts from it.
    add column first_activated_at  timestamptz;

update official_account set status_changed_at = created_at;
alter table official_account alter column status_changed_at set not null;

-- The official decision that creates an account (G5.1); one per account, recorded once.
create table account_decision (
    account_id       uuid        primary key references official_account (id),
    decision_number  text        not null,
    decision_date    date        not null,
    signatory        text        not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null
);
