-- When account-service registered each account, from the registered event or the state topic. Null for an account
-- known only from a state written before the state carried it: readers then have no registration time to check.
alter table known_account add column registered_at timestamptz;
