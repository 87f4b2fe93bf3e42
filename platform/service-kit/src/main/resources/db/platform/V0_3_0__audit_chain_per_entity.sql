-- One audit hash chain per entity, and one for platform-wide records ('~platform'), so that one entity's writes
-- never wait for another's lock. Entity codes are lowercase letters, digits and dashes, so '~' names never collide.
-- The rows written before this version form a single chain across all entities; they keep it, as the chain
-- '~until-0.3', and verify as before (adding a column fires no row trigger, so the append-only guard stays on).
alter table audit_entry add column chain text not null default '~until-0.3';
alter table audit_entry alter column chain drop default;
-- Each append reads the last row of its chain; verification walks each chain in order.
create index audit_entry_chain on audit_entry (chain, seq);
