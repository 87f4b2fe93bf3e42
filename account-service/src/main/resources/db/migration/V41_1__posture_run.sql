-- The daily posture run, claimed once per scheduled time: of two replicas that fire together, the one whose insert
-- wins runs it, and the other skips.
create table posture_run (
    scheduled_for  timestamptz primary key,
    claimed_at     timestamptz not null
);
