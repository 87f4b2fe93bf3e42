package io.rasmi.account.entities;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.platform.web.DomainNames;

/** A ministry, agency or independent body, with the e-mail domains it owns (G6.c). */
@Entity
@Table(name = "government_entity")
public class GovernmentEntity extends PanacheEntityBase {

    /** Short code used in tokens and URLs, for example {@code moh}. */
    @Id
    public String code;

    @Column(name = "name_ar", nullable = false)
    public String nameAr;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntityKind kind;

    @Column(name = "website_url", nullable = false)
    public String websiteUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "government_entity_domain", joinColumns = @JoinColumn(name = "entity_code"))
    @Column(name = "domain")
    public Set<String> emailDomains = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<GovernmentEntity> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Whether an address is on one of this entity's own domains (G6.c); subdomains of an owned domain count. */
    public boolean ownsEmail(String email) {
        return DomainNames.isEmailWithin(email, emailDomains);
    }
}
