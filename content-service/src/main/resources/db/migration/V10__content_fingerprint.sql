-- Near-duplicate posts (G7.4): one row per content item and target account once it is scheduled or published,
-- written by content-service (NearDuplicates.record) and removed when the item leaves those states.
--
-- Candidates are found through MinHash bands (io.rasmi.text.fingerprint.MinHashBands): 20 numbers per text, salted
-- with the entity; a text shares a band with a near-duplicate with high probability and with an unrelated text
-- rarely. The GIN index on the band array answers "shares any band" (&&) with a few index probes whatever the number
-- of stored posts; the service then confirms each candidate by the trigram similarity of the normalised texts
-- (io.rasmi.text.fingerprint.TrigramSimilarity). Not pg_trgm: it keeps only the letters of the database's locale, and
-- under the C locale of the test PostgreSQL similarity(t, t) is 0 for Arabic text; and a trigram GIN index would
-- have to merge the posting lists of every trigram of a 2,000-character post, which grow with the table.

create table content_fingerprint (
    content_id       uuid        not null,
    account_id       uuid        not null,
    entity           text        not null,
    normalised_text  text        not null,
    bands            bigint[]    not null,
    at               timestamptz not null,
    status           text        not null check (status in ('SCHEDULED', 'PUBLISHED')),
    primary key (content_id, account_id)
);

create index content_fingerprint_bands on content_fingerprint using gin (bands);
