-- Password reuse checks by keyed fingerprint (G6.f, G6.g). Beside each Argon2id hash, an HMAC-SHA-256 of the password
-- under a key held in the service's configuration (never here) and the id of that key. A new password is then
-- compared with the account's whole history and with the other accounts' current passwords by index lookups, not by
-- one Argon2id verification per hash.
--
-- Rows from before this migration have no fingerprint: the service still checks those with Argon2id. They stop
-- mattering for other accounts once their account rotates, and stay as (short) history of their own account.
-- The same holds for rows of an earlier key after the key is changed (the key id tells them apart).
alter table password_rotation
    add column password_fingerprint bytea,
    add column fingerprint_key_id   text,
    -- The account's current password: the row of its latest rotation.
    add column is_current           boolean not null default false,
    add constraint password_rotation_fingerprint_with_key
        check ((password_fingerprint is null) = (fingerprint_key_id is null)),
    add constraint password_rotation_fingerprint_length
        check (password_fingerprint is null or octet_length(password_fingerprint) = 32);

update password_rotation r set is_current = true
where r.id = (select l.id from password_rotation l where l.account_id = r.account_id
              order by l.rotated_at desc, l.id limit 1);

create unique index password_rotation_one_current on password_rotation (account_id) where is_current;
-- G6.g, never reuse: the account's whole history, by fingerprint.
create unique index password_rotation_account_fingerprint
    on password_rotation (account_id, fingerprint_key_id, password_fingerprint);
-- G6.f, one password per account: no two current passwords of an entity alike. Two rotations racing to the same
-- password cannot both commit, on one replica or two.
create unique index password_rotation_entity_current_fingerprint
    on password_rotation (entity_code, fingerprint_key_id, password_fingerprint) where is_current;
