-- The names and handle patterns by which an entity's accounts point to it (G6.d), kept by its entity-admin.
-- The entity's own name_ar and name_en always count as well; these add to them.
create table entity_names (
    entity_code  text        primary key references government_entity (code),
    updated_at   timestamptz not null,
    updated_by   text        not null,
    version      bigint      not null default 0
);

create table entity_registered_name (
    entity_code  text not null references entity_names (entity_code),
    position     int  not null,
    name         text not null,
    primary key (entity_code, position)
);

-- Simple globs (* and ?), never regular expressions: MOH_*, moh.iraq.
create table entity_handle_pattern (
    entity_code  text not null references entity_names (entity_code),
    position     int  not null,
    pattern      text not null,
    primary key (entity_code, position)
);
