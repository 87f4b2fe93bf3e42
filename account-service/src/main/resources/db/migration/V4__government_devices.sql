-- Devices the entity owns (G6.h2) and the two-factor binding of each account to one of them (G6.b).
create table government_device (
    id                  uuid        primary key,
    entity_code         text        not null references government_entity (code),
    kind                text        not null,
    asset_tag           text        not null,
    -- The asset tag as compared: trimmed, upper case.
    asset_tag_key       text        not null,
    serial_number       text,
    -- E.164, for example +9647701234567.
    phone_number        text,
    custodian_staff_id  uuid        references staff_member (id),
    -- How the platforms' access histories name the device.
    fingerprint         text,
    registered_at       timestamptz not null,
    -- Retired devices are kept, so old bindings and sessions still point somewhere.
    retired_at          timestamptz,
    version             bigint      not null default 0
);
create unique index government_device_asset_tag on government_device (entity_code, asset_tag_key);
-- A fingerprint names one active device of an entity, so a session maps to one device.
create unique index government_device_active_fingerprint on government_device (entity_code, fingerprint)
    where retired_at is null and fingerprint is not null;
create index government_device_entity on government_device (entity_code, registered_at);

create table two_factor_binding (
    account_id   uuid        primary key references official_account (id),
    entity_code  text        not null references government_entity (code),
    method       text        not null,
    device_id    uuid        not null references government_device (id),
    bound_at     timestamptz not null,
    bound_by     text        not null,
    version      bigint      not null default 0
);
create index two_factor_binding_device on two_factor_binding (device_id);
