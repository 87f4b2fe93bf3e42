-- Scheduled jobs that must run once across replicas: each replica fires, and the one whose insert of the job's
-- fire time wins runs it (ScheduledRuns).
create table scheduled_run (
    job         text        not null,
    fire_time   timestamptz not null,
    claimed_at  timestamptz not null,
    claimed_by  text        not null,
    primary key (job, fire_time)
);
