-- The version of the account's record on the compacted state topic (rasmi.account.state.v1): one more with each
-- state written. Kept apart from the row's optimistic-lock version, which a role-holder change does not touch.
alter table official_account add column state_version integer not null default 0;
