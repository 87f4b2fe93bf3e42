-- The national CERT's feed (issue 7): every STIX 2.1 bundle sent about an incident, one per report or change, in
-- the order they were written. Kept forever and never changed: it is what the CERT was told, and when.
create table cert_feed_entry (
    seq          bigint generated always as identity primary key,
    added_at     timestamptz not null,
    incident_id  uuid        not null,
    entity       text        not null,
    version      integer     not null,
    -- The STIX modified of the incident in this bundle; each version's is later than the one before.
    modified_at  timestamptz not null,
    bundle       text        not null,
    misp_event   text        not null,
    unique (incident_id, version)
);

-- The TAXII collection rasmi-incidents: each STIX object version once, with the time it was added. Objects shared by
-- every bundle (Rasmi, the entity, the marking) appear once per version, not once per bundle.
create table cert_feed_object (
    seq          bigint generated always as identity primary key,
    added_at     timestamptz not null,
    object_id    text        not null,
    object_type  text        not null,
    -- STIX modified, or created for objects that have no modified (marking-definitions, observables: the epoch).
    version      text        not null,
    object       text        not null,
    unique (object_id, version)
);
create index cert_feed_object_latest on cert_feed_object (object_id, version desc);

create function cert_feed_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger cert_feed_entry_append_only
    before update or delete on cert_feed_entry
    for each row execute function cert_feed_is_append_only();
create trigger cert_feed_object_append_only
    before update or delete on cert_feed_object
    for each row execute function cert_feed_is_append_only();
