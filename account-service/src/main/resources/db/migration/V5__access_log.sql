-- Sessions copied from the platforms' access histories (G6.h, G6.h2), each matched against the device register.
create table access_session (
    id                  uuid        primary key,
    account_id          uuid        not null references official_account (id),
    entity_code         text        not null references government_entity (code),
    session_at          timestamptz not null,
    device_fingerprint  text        not null,
    ip_address          text,
    location            text,
    user_agent          text,
    -- The registered device the fingerprint matched; null for an anomaly.
    device_id           uuid        references government_device (id),
    anomaly             boolean     not null,
    recorded_at         timestamptz not null
);
-- Access histories overlap from one copy to the next: the same session is stored once.
create unique index access_session_once on access_session
    (account_id, session_at, device_fingerprint, coalesce(ip_address, ''));
create index access_session_account on access_session (account_id, session_at desc);
create index access_session_anomalies on access_session (account_id, session_at desc) where anomaly;

-- One AccessAnomaly event per account, unknown fingerprint and UTC day of the session.
create table access_anomaly_alert (
    account_id          uuid        not null references official_account (id),
    device_fingerprint  text        not null,
    session_day         date        not null,
    alerted_at          timestamptz not null,
    primary key (account_id, device_fingerprint, session_day)
);
