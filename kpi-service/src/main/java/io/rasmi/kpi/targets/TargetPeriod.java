package io.rasmi.kpi.targets;

/** The period a target is set for; reports to management are weekly and monthly (G9.1), plans often quarterly. */
public enum TargetPeriod {
    WEEK, MONTH, QUARTER
}
