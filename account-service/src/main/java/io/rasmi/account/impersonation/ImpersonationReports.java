package io.rasmi.account.impersonation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.EventType;
import io.rasmi.events.ImpersonationReported;
import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.http.Versions;
import io.rasmi.platform.outbox.Outbox;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.web.AccountAddress;
import io.rasmi.platform.web.ProfileUrls;

/** Use cases of impersonation reports; every one is scoped to the entity it is given. */
@ApplicationScoped
public class ImpersonationReports {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    /** Records a report (REPORTED) and announces it, for the platform takedown to follow (G6.l). */
    @Transactional
    public ImpersonationReportView report(String entity, ReportImpersonationRequest request) {
        if (request.impersonatedAccountId() != null
                && OfficialAccount.findForEntity(request.impersonatedAccountId(), entity).isEmpty()) {
            throw ProblemException.notFound("account.not-found");
        }
        String handle = request.handle().strip().replaceFirst("^@+", "");
        AccountAddress address = AccountAddress.of(request.platform(), handle);
        String profileUrl = blankToNull(request.profileUrl());
        if (profileUrl != null) {
            // Read as the public lookup reads links: it must name an account on a platform Rasmi knows, this one.
            AccountAddress linked = ProfileUrls.parse(profileUrl)
                    .orElseThrow(() -> ProblemException.invalidField("profileUrl", "impersonation.url-not-a-profile"));
            if (!linked.equals(address)) {
                throw ProblemException.invalidField("profileUrl", "impersonation.url-mismatch", request.platform(),
                        handle);
            }
        }
        if (OfficialAccount.count("platform = ?1 and handleKey = ?2 and status <> ?3", address.platform(),
                address.handleKey(), AccountStatus.ARCHIVED) > 0) {
            throw ProblemException.unprocessable("impersonation.handle-is-official", request.platform(), handle);
        }
        if (ImpersonationReport.openReportExists(entity, address.platform(), address.handleKey())) {
            throw ProblemException.conflict("impersonation.already-reported", request.platform(), handle);
        }
        Instant now = clock.instant();
        ImpersonationReport report = new ImpersonationReport();
        report.id = UUID.randomUUID();
        report.entityCode = entity;
        report.platform = request.platform();
        report.handle = handle;
        report.handleKey = address.handleKey();
        report.profileUrl = profileUrl;
        report.impersonatedAccountId = request.impersonatedAccountId();
        report.evidenceUrls = request.evidenceUrls() == null ? new ArrayList<>()
                : new ArrayList<>(request.evidenceUrls().stream().map(String::strip).toList());
        report.notes = blankToNull(request.notes());
        report.status = ImpersonationStatus.REPORTED;
        report.reportedAt = now;
        report.reportedBy = caller.username();
        report.updatedAt = now;
        report.persist();

        outbox.publish(EventType.ACCOUNT_IMPERSONATION_REPORTED, report.id, entity,
                new ImpersonationReported(report.id, entity, report.platform, report.handle, report.profileUrl,
                        report.impersonatedAccountId, now));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("platform", report.platform.name());
        details.put("handle", report.handle);
        if (report.impersonatedAccountId != null) {
            details.put("impersonatedAccountId", report.impersonatedAccountId.toString());
        }
        auditTrail.record(entity, "impersonation.reported", "impersonation-report", report.id, details);
        return ImpersonationReportView.of(report);
    }

    /** Moves a report on; {@code ifMatch}, when sent, must be its current version. */
    @Transactional
    public ImpersonationReportView transition(String entity, UUID id, TransitionRequest request, String ifMatch) {
        ImpersonationReport report = ImpersonationReport.findForEntity(id, entity)
                .orElseThrow(() -> ProblemException.notFound("impersonation.not-found"));
        if (ifMatch != null) {
            Versions.requireMatch(ifMatch, report.version);
        }
        ImpersonationStatus from = report.status;
        report.moveTo(request.to(), request.platformCaseRef(), clock.instant());
        ImpersonationReport.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", report.status.name());
        if (report.status == ImpersonationStatus.SUBMITTED_TO_PLATFORM) {
            details.put("platformCaseRef", report.platformCaseRef);
        }
        auditTrail.record(entity, "impersonation.transitioned", "impersonation-report", report.id, details);
        return ImpersonationReportView.of(report);
    }

    @Transactional
    public ImpersonationReportView get(String entity, UUID id) {
        return ImpersonationReport.findForEntity(id, entity).map(ImpersonationReportView::of)
                .orElseThrow(() -> ProblemException.notFound("impersonation.not-found"));
    }

    @Transactional
    public Page<ImpersonationReportView> list(String entity, ImpersonationStatus status, PageRequest page) {
        return Page.of(ImpersonationReport.ofEntity(entity, status), page, ImpersonationReportView::of);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
