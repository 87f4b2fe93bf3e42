-- Reports to management (G9.1, G9.2): one per entity and period (a Saturday-to-Friday week or a calendar month),
-- made once after the period closes and kept as it was made. Only the JSON is stored: CSV and PDF are rendered from
-- it on request (a PDF with its embedded font subset and chart images is 10-50 times the JSON's size, is rarely
-- downloaded, and renders in about a second), so the stored figures are the one record of what was reported.
create table kpi_report (
    id            uuid         primary key,
    entity        text         not null,
    -- '2026-W47' or '2026-11'
    period        text         not null,
    kind          text         not null check (kind in ('WEEK', 'MONTH')),
    period_start  date         not null,
    period_end    date         not null,
    generated_at  timestamptz  not null,
    content       jsonb        not null,
    -- Two replicas (or the schedule and a director's request) making the same report meet here: one insert wins,
    -- and only the winner announces the report and the targets it found missed.
    constraint kpi_report_key unique (entity, period)
);
