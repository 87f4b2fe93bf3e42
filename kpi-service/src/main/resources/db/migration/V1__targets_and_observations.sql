-- KPI targets and observations (G9.1, G9.2, G4.3.g-h). Needs PostgreSQL 15 or newer (unique ... nulls not distinct).

-- What an entity aims for on one account, per metric and period (G4.3.g); PUT replaces the figure.
create table kpi_target (
    id          uuid           primary key,
    entity      text           not null,
    account_id  uuid           not null,
    metric      text           not null,
    period      text           not null,
    target      numeric(20, 3) not null check (target >= 0),
    updated_at  timestamptz    not null,
    updated_by  text           not null,
    version     bigint         not null default 0,
    constraint kpi_target_key unique (account_id, metric, period)
);
create index kpi_target_entity on kpi_target (entity, account_id);

-- One figure a platform reported for one account, day and metric; a dimension left null is its total (all ages,
-- all governorates, all genders). Partitioned by month: ObservationPartitions creates the months ahead (a scheduled
-- job) and any month an ingested batch needs; there is no default partition, so a date never lands where a later
-- partition would have to move it.
create table kpi_observation (
    account_id   uuid           not null,
    metric       text           not null,
    obs_date     date           not null,
    age_bracket  text,
    governorate  text,
    gender       text,
    value        numeric(20, 3) not null,
    entity       text           not null,
    -- When the figure was first stored, and when last changed: the same for a figure a batch stored anew.
    first_ingested_at  timestamptz  not null,
    ingested_at  timestamptz    not null,
    -- The upsert key: a re-sent export lands on the same rows. Its index serves series (account, metric, dates)
    -- and breakdowns (the same, then a dimension).
    constraint kpi_observation_key unique nulls not distinct
        (account_id, metric, obs_date, age_bracket, governorate, gender)
) partition by range (obs_date);

-- Roll-ups by entity (and nationally) read the totals only.
create index kpi_observation_entity_totals on kpi_observation (entity, metric, obs_date)
    where age_bracket is null and governorate is null and gender is null;
