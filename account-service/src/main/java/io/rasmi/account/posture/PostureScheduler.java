package io.rasmi.account.posture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Re-evaluates time-based controls daily: a password or a review falls overdue with no request to notice it. */
@ApplicationScoped
public class PostureScheduler {

    private static final Logger LOG = Logger.getLogger(PostureScheduler.class);

    @Inject
    PostureService posture;

    @Scheduled(cron = "${rasmi.posture.daily-cron:0 15 2 * * ?}", identity = "posture-daily",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int accounts = posture.reevaluateAll();
        LOG.infof("Posture re-evaluated for %d accounts", accounts);
    }
}
