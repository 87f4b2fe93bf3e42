package io.rasmi.kpi.accounts;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.directory.KnownAccounts;
import io.rasmi.kpi.metrics.Metric;
import io.rasmi.platform.problem.ProblemException;

/** The caller's entity's accounts as the KPI features ask for them: another entity's account is not found. */
@ApplicationScoped
public class EntityAccounts {

    @Inject
    KnownAccounts knownAccounts;

    /** The entity's account, or 404 as if another entity's did not exist. */
    public KnownAccountView require(String entity, UUID accountId) {
        return knownAccounts.findForEntity(accountId, entity)
                .orElseThrow(() -> ProblemException.notFound("kpi.account-not-found"));
    }

    /** The entity's account whose platform reports {@code metric}, or 404, or 422 naming G9.1. */
    public KnownAccountView requireReporting(String entity, UUID accountId, Metric metric) {
        KnownAccountView account = require(entity, accountId);
        if (!metric.reportedBy(account.platform())) {
            throw ProblemException.ruleViolated("G9.1", "kpi.metric-not-reported", metric.name(),
                    account.platform().name());
        }
        return account;
    }
}
