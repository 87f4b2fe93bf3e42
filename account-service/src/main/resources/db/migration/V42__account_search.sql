-- The account list's text query (?q=) matches the handle and display names after Arabic-aware normalisation
-- (io.rasmi.text.TextNormalizer: hamza forms, taa marbuta, tatweel, diacritics, Latin case). Only the service can
-- normalise, so it writes search_text with every change of those fields and fills rows older than this column when
-- it starts (AccountSearchText). A trigram index serves "contains" matches.
create extension if not exists pg_trgm;

alter table official_account add column search_text text;

create index official_account_search_text_trgm on official_account using gin (search_text gin_trgm_ops);
