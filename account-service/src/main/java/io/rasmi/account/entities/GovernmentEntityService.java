package io.rasmi.account.entities;

import java.time.Clock;
import java.util.List;
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
import io.rasmi.platform.web.DomainNames;

@ApplicationScoped
public class GovernmentEntityService {

    /** Serialises the registrations' domain checks. */
    private static final long DOMAINS_LOCK = 0x444F4D41494EL; // "DOMAIN"

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
        for (int i = 0; i < request.emailDomains().size(); i++) {
            String requested = request.emailDomains().get(i);
            String domain = DomainNames.normalise(requested)
                    .orElseThrow(() -> ProblemException.invalidField("emailDomains", "entity.domain-invalid",
                            requested.strip()));
            // A suffix anyone may register under (iq, gov.iq) is nobody's own domain (G6.c).
            if (DomainNames.isPublicSuffix(domain)) {
                throw ProblemException.ruleViolated("G6.c", "entity.domain-public-suffix", domain);
            }
            domains.add(domain);
        }
        // Registrations take turns over the domains: two of them cannot both see a free, overlapping one.
        GovernmentEntity.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, DOMAINS_LOCK).getSingleResult();
        List<Object[]> owned = GovernmentEntity.getEntityManager().createQuery(
                "select e.code, d from GovernmentEntity e join e.emailDomains d order by e.code, d", Object[].class)
                .getResultList();
        for (String domain : domains) {
            for (Object[] row : owned) {
                String other = (String) row[1];
                if (DomainNames.overlap(domain, other)) {
                    // Equal, inside or containing: a mail address could then be official for two entities.
                    throw domain.equals(other) ? ProblemException.conflict("entity.domain-taken", domain)
                            : ProblemException.conflictWithClause("G6.c", "entity.domain-overlaps", domain, other);
                }
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
