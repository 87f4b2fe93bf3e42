-- The register: government entities with their official domains, and their official accounts.
create table government_entity (
    code         text        primary key,
    name_ar      text        not null,
    name_en      text        not null,
    kind         text        not null,
    website_url  text        not null,
    created_at   timestamptz not null,
    version      bigint      not null default 0
);

create table government_entity_domain (
    entity_code  text not null references government_entity (code),
    domain       text not null,
    primary key (entity_code, domain)
);
-- A domain belongs to one entity only.
create unique index government_entity_domain_unique on government_entity_domain (domain);

create table official_account (
    id                  uuid        primary key,
    entity_code         text        not null references government_entity (code),
    platform            text        not null,
    handle              text        not null,
    handle_key          text        not null,
    profile_url         text,
    display_name_ar     text        not null,
    display_name_en     text,
    registration_email  text        not null,
    status              text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);
-- One handle on one platform is one account, whichever entity claims it.
create unique index official_account_platform_handle on official_account (platform, handle_key);
create index official_account_entity on official_account (entity_code, created_at);
