package io.rasmi.account.devices;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A session copied from a platform's access history, matched against the device register when it was recorded: a
 * session from no registered device in service is an anomaly (G6.h2). Recorded once, never changed.
 */
@Entity
@Table(name = "access_session")
public class AccessSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "entity_code", nullable = false)
    public String entityCode;

    @Column(name = "session_at", nullable = false)
    public Instant sessionAt;

    @Column(name = "device_fingerprint", nullable = false)
    public String deviceFingerprint;

    @Column(name = "ip_address")
    public String ipAddress;

    @Column
    public String location;

    @Column(name = "user_agent")
    public String userAgent;

    /** The registered device the fingerprint matched; null for an anomaly. */
    @Column(name = "device_id")
    public UUID deviceId;

    @Column(nullable = false)
    public boolean anomaly;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** What makes two copies of the same session the same: the unique key of the table. */
    String sameSessionKey() {
        return sameSessionKey(sessionAt, deviceFingerprint, ipAddress);
    }

    static String sameSessionKey(Instant at, String fingerprint, String ipAddress) {
        return at + "\u0000" + fingerprint + "\u0000" + (ipAddress == null ? "" : ipAddress);
    }
}
