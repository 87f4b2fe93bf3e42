-- The account that impersonates the entity, when an impersonation report names it (G6.l): the CERT feed shows it as
-- a STIX threat-actor that impersonates the entity.
alter table incident add column impostor_platform text;
alter table incident add column impostor_handle text;
alter table incident add column impostor_url text;
