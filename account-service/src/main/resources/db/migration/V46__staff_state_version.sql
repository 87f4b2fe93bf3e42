-- The version of the staff member's record on the compacted staff state topic (rasmi.account.staff-state.v1): one
-- more with each snapshot written. 0 marks a member added before the topic existed, whose state the backfill writes
-- at the next start. Kept apart from the row's optimistic-lock version.
alter table staff_member add column state_version integer not null default 0;
