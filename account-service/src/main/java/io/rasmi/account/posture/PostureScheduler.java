package io.rasmi.account.posture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Re-evaluates time-based controls daily: a password or a review falls overdue with no request to notice it. Every
 * replica fires; the database lets one of them run each scheduled time ({@link PostureService#reevaluateAllOnce}).
 */
@ApplicationScoped
public class PostureScheduler {

    private static final Logger LOG = Logger.getLogger(PostureScheduler.class);

    @Inject
    PostureService posture;

    @Scheduled(cron = "${rasmi.posture.daily-cron:0 15 2 * * ?}", identity = "posture-daily",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily(ScheduledExecution execution) {
        posture.reevaluateAllOnce(execution.getScheduledFireTime()).ifPresent(run -> LOG.infof(
                "Posture re-evaluated for %d accounts, %d failed", run.accounts(), run.failed()));
    }
}
