package io.rasmi.incident.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.rasmi.platform.scheduling.ScheduledRuns;

/** Looks for missed response targets; every replica fires, one runs each fire time (the kit's ScheduledRuns). */
@ApplicationScoped
public class ResponseTargetScheduler {

    static final String JOB = "incident-response-targets";
    private static final Logger LOG = Logger.getLogger(ResponseTargetScheduler.class);

    @Inject
    ScheduledRuns scheduledRuns;

    @Inject
    ResponseTargets targets;

    @Scheduled(cron = "${incident.response-targets.scan-cron:0 * * * * ?}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan(ScheduledExecution execution) {
        runOnce(execution.getScheduledFireTime());
    }

    /** Runs the scan for {@code fireTime} unless another replica claimed it; answers whether this one ran it. */
    boolean runOnce(java.time.Instant fireTime) {
        if (!scheduledRuns.claim(JOB, fireTime)) {
            return false;
        }
        int announced = targets.scan();
        if (announced > 0) {
            LOG.infof("%d missed response target(s) announced", announced);
        }
        return true;
    }
}
