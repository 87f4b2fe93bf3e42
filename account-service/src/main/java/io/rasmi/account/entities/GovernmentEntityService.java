package io.rasmi.account.entities;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.platform.audit.AuditTrail;
import io.rasmi.platform.paging.Page;
import io.rasmi.platform.paging.PageRequest;
import io.rasmi.platform.problem.ProblemException;
import io.rasmi.platform.security.Caller;
import io.rasmi.platform.security.Roles;

@ApplicationScoped
public class GovernmentEntityService {

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Caller caller;

    @Transactional
    public GovernmentEntityView register(RegisterEntityRequest request) {
        if (GovernmentEntity.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("entity.code-taken", request.code());
        }
        TreeSet<String> domains = new TreeSet<>();
        request.emailDomains().forEach(domain -> domains.add(domain.toLowerCase(Locale.ROOT)));
        for (String domain : domains) {
            if (GovernmentEntity.count("?1 member of emailDomains", domain) > 0) {
                throw ProblemException.conflict("entity.domain-taken", domain);
            }
        }
        GovernmentEntity entity = new GovernmentEntity();
        entity.code = request.code();
        entity.nameAr = request.nameAr().strip();
        entity.nameEn = request.nameEn().strip();
        entity.kind = request.kind();
        entity.websiteUrl = request.websiteUrl();
        entity.emailDomains = domains;
        entity.createdAt = clock.instant();
        entity.persist();
        auditTrail.record(entity.code, "entity.registered", "government-entity", entity.code,
                Map.of("kind", entity.kind.name(), "emailDomains", String.join(",", domains)));
        return GovernmentEntityView.of(entity);
    }

    /** Platform administrators and CERT analysts see every entity; anyone else only their own. */
    @Transactional
    public GovernmentEntityView get(String code) {
        boolean seesAll = caller.hasRole(Roles.PLATFORM_ADMIN) || caller.hasRole(Roles.CERT_ANALYST);
        if (!seesAll && !caller.entityIfAny().map(code::equals).orElse(false)) {
            throw ProblemException.notFound("entity.not-found");
        }
        return GovernmentEntity.findByCode(code).map(GovernmentEntityView::of)
                .orElseThrow(() -> ProblemException.notFound("entity.not-found"));
    }

    @Transactional
    public Page<GovernmentEntityView> list(PageRequest page) {
        return Page.of(GovernmentEntity.findAll(io.quarkus.panache.common.Sort.by("code")), page,
                GovernmentEntityView::of);
    }
}
