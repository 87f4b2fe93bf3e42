package io.rasmi.account.entities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The names (Arabic or English) and handle patterns by which an entity's accounts point to it (G6.d), kept by the
 * entity's admin. The entity's own Arabic and English names always count besides these.
 */
@Entity
@Table(name = "entity_names")
public class EntityNames extends PanacheEntityBase {

    @Id
    @Column(name = "entity_code")
    public String entityCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entity_registered_name", joinColumns = @JoinColumn(name = "entity_code"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> names = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entity_handle_pattern", joinColumns = @JoinColumn(name = "entity_code"))
    @OrderColumn(name = "position")
    @Column(name = "pattern")
    public List<String> handlePatterns = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
