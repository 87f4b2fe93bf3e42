package io.rasmi.kpi.reports;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.rasmi.platform.scheduling.ScheduledRuns;

/**
 * Makes the reports due: every replica fires, one runs each fire time (the kit's ScheduledRuns). Hourly, so a week's
 * or month's reports are made within the hour after they are ready, and a replica down then catches up the hour after.
 */
@ApplicationScoped
public class ReportScheduler {

    static final String JOB = "kpi-reports";

    @Inject
    ScheduledRuns scheduledRuns;

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @Scheduled(cron = "${kpi.reports.schedule:0 5 * * * ?}", timeZone = "Asia/Baghdad", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fire(ScheduledExecution execution) {
        runOnce(execution.getScheduledFireTime());
    }

    /** Makes the reports due at the clock's now, unless another replica claimed {@code fireTime}; whether it ran. */
    public boolean runOnce(Instant fireTime) {
        if (!scheduledRuns.claim(JOB, fireTime)) {
            return false;
        }
        reports.makeDue(clock.instant());
        return true;
    }
}
