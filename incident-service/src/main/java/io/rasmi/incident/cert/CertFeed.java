package io.rasmi.incident.cert;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.rasmi.events.EventType;
import io.rasmi.events.StixBundle;
import io.rasmi.platform.outbox.Outbox;

/**
 * The national CERT's feed. {@link #publish} is called in the transaction that reports or changes an incident: it
 * keeps the bundle (for {@code GET .../stix}, {@code .../misp} and the TAXII collection) and writes it to the outbox
 * for {@code rasmi.cert.incidents.v1}, so the CERT hears of every committed change and of nothing rolled back.
 */
@ApplicationScoped
public class CertFeed {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /**
     * Records and sends the incident as it now stands. Its STIX {@code modified} is its {@code modifiedAt}, moved
     * a millisecond past the previous bundle's if it would not be later, so every bundle supersedes the one before.
     * The caller holds the incident's lock (two changes of one incident do not publish at once).
     *
     * @return the feed entry written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CertFeedEntry publish(CertIncident incident) {
        // One writer of the feed at a time, until it commits: rows then become visible in the order of their
        // added_at, so a TAXII client paging with added_after never skips a row that committed late. Taken after
        // the incident's own lock and before the audit chain's (records first, then the audit chain).
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('rasmi.cert-feed', 0))")
                .getSingleResult();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<CertFeedEntry> previous = latest(incident.id());
        Instant modified = incident.times().modifiedAt().truncatedTo(ChronoUnit.MILLIS);
        if (previous.isPresent() && !modified.isAfter(previous.get().modifiedAt)) {
            modified = previous.get().modifiedAt.plusMillis(1);
        }
        CertIncident stamped = incident.modifiedAt(modified);
        ObjectNode bundle = StixBundles.of(stamped);

        CertFeedEntry entry = new CertFeedEntry();
        entry.addedAt = now;
        entry.incidentId = incident.id();
        entry.entity = incident.entityCode();
        entry.version = previous.map(p -> p.version + 1).orElse(1);
        entry.modifiedAt = stamped.times().modifiedAt();
        entry.bundle = bundle.toString();
        entry.mispEvent = MispEvents.of(stamped).toString();
        entry.persist();

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            objects.add((ObjectNode) object);
            addToCollection((ObjectNode) object, now);
        }
        outbox.publish(EventType.INCIDENT_CERT_BUNDLE, bundle.path("id").asText(), incident.entityCode(),
                new StixBundle("bundle", bundle.path("id").asText(), objects));
        return entry;
    }

    /** The newest bundle about the incident, if the CERT was ever told of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertFeedEntry> latest(UUID incidentId) {
        return CertFeedEntry.<CertFeedEntry>find("incidentId = ?1 order by version desc", incidentId)
                .firstResultOptional();
    }

    /** Adds this version of the object to the TAXII collection, unless it is there already. */
    private void addToCollection(ObjectNode object, Instant addedAt) {
        String version = object.hasNonNull("modified") ? object.get("modified").asText()
                : object.path("created").asText("");
        entityManager.createNativeQuery("insert into cert_feed_object (added_at, object_id, object_type, version, "
                        + "object) values (?1, ?2, ?3, ?4, ?5) on conflict (object_id, version) do nothing")
                .setParameter(1, addedAt)
                .setParameter(2, object.path("id").asText())
                .setParameter(3, object.path("type").asText())
                .setParameter(4, version)
                .setParameter(5, object.toString())
                .executeUpdate();
    }
}
