package io.rasmi.content.publishing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rasmi.events.Platform;

/** What the unit published where: an approved item's post on one of its official accounts. Rasmi never posts itself. */
@Entity
@Table(name = "content_publication")
public class Publication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "content_id", nullable = false)
    public UUID contentId;

    @Column(nullable = false)
    public String entity;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Platform platform;

    @Column(name = "platform_post_url", nullable = false)
    public String platformPostUrl;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
