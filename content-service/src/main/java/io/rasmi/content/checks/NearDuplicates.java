package io.rasmi.content.checks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.rasmi.text.fingerprint.MinHashBands;
import io.rasmi.text.fingerprint.TrigramSimilarity;

/**
 * The texts already scheduled or published, and the near-duplicates of a new one among them (G7.4). Texts are
 * compared on their normalised form ({@link MinHashBands#comparable}): candidates share a MinHash band (GIN index,
 * never a scan of the entity's posts), then their trigram similarity ({@link TrigramSimilarity}, pg_trgm's measure
 * computed here, since pg_trgm ignores Arabic letters under the C locale) must reach the configured threshold. The
 * same text on the same account within 30 days (before or after) is a BLOCKER; on another account of the entity
 * within 7 days a WARNING; each names the matching content item.
 */
@ApplicationScoped
public class NearDuplicates {

    /** What a stored post is now. */
    public enum Status {
        SCHEDULED, PUBLISHED
    }

    /** A stored post that nearly duplicates the text looked for. */
    public record Match(UUID contentId, UUID accountId, Instant at, Status status, double similarity) {
    }

    static final String FIND = """
            select content_id, account_id, at, status, normalised_text
              from content_fingerprint
             where bands && ? and entity = ? and at > ? and at < ? and content_id is distinct from ?
             order by at desc
             limit 200
            """;

    private final DataSource dataSource;
    private final ChecksConfig.Duplicates config;

    @Inject
    public NearDuplicates(DataSource dataSource, ChecksConfig config) {
        this.dataSource = dataSource;
        this.config = config.duplicates();
    }

    /**
     * Records that {@code contentId} is scheduled or published on {@code accountId} at {@code at}; again for the
     * same item and account replaces the earlier record (text, time, status). Joins the caller's transaction.
     */
    public void record(UUID contentId, String entity, UUID accountId, String text, Instant at, Status status) {
        String comparable = MinHashBands.comparable(text);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into content_fingerprint (content_id, account_id, entity, normalised_text, bands, at, status)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (content_id, account_id) do update set entity = excluded.entity,
                            normalised_text = excluded.normalised_text, bands = excluded.bands, at = excluded.at,
                            status = excluded.status
                        """)) {
            upsert.setObject(1, contentId);
            upsert.setObject(2, accountId);
            upsert.setString(3, entity);
            upsert.setString(4, comparable);
            upsert.setArray(5, bands(connection, comparable, entity));
            upsert.setTimestamp(6, Timestamp.from(at));
            upsert.setString(7, status.name());
            upsert.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("could not record the fingerprint of " + contentId, failed);
        }
    }

    /** Forgets {@code contentId} on every account (withdrawn, corrected, back to draft). */
    public void remove(UUID contentId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from content_fingerprint where content_id = ?")) {
            delete.setObject(1, contentId);
            delete.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("could not remove the fingerprints of " + contentId, failed);
        }
    }

    /**
     * The stored posts of {@code entity} that nearly duplicate {@code text} around {@code at} (within the longer
     * window), most similar first; {@code except} (the item itself) is left out.
     */
    public List<Match> find(String entity, String text, Instant at, UUID except) {
        String comparable = MinHashBands.comparable(text);
        if (comparable.isEmpty()) {
            return List.of();
        }
        Duration window = config.sameAccountWindow().compareTo(config.otherAccountWindow()) >= 0
                ? config.sameAccountWindow() : config.otherAccountWindow();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setArray(1, bands(connection, comparable, entity));
            query.setString(2, entity);
            query.setTimestamp(3, Timestamp.from(at.minus(window)));
            query.setTimestamp(4, Timestamp.from(at.plus(window)));
            query.setObject(5, except);
            List<Match> matches = new ArrayList<>();
            TrigramSimilarity post = TrigramSimilarity.of(comparable); // its trigrams once, not once per candidate
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    double similarity = post.to(rows.getString(5));
                    if (similarity >= config.similarity()) {
                        matches.add(new Match(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                                rows.getTimestamp(3).toInstant(), Status.valueOf(rows.getString(4)), similarity));
                    }
                }
            }
            matches.sort(Comparator.comparingDouble(Match::similarity).reversed());
            return matches;
        } catch (SQLException failed) {
            throw new IllegalStateException("could not look for near-duplicates", failed);
        }
    }

    /**
     * The findings for a draft going out on {@code accountIds} at {@code at}: one per matching item, the BLOCKER
     * when it is on one of the same accounts within the same-account window, else the WARNING when it is on another
     * account within the other-account window.
     */
    List<Finding> findings(DraftForChecks draft, Instant at) {
        List<Finding> findings = new ArrayList<>();
        List<Match> matches = find(draft.entity(), draft.fullText(), at, draft.contentId());
        List<UUID> seen = new ArrayList<>();
        for (Match match : matches) {
            Duration apart = Duration.between(match.at(), at).abs();
            if (!seen.contains(match.contentId()) && draft.accountIds().contains(match.accountId())
                    && apart.compareTo(config.sameAccountWindow()) < 0) {
                seen.add(match.contentId());
                findings.add(duplicate(ContentCheck.DUPLICATE_SAME_ACCOUNT, "duplicate.same-account", match));
            }
        }
        for (Match match : matches) {
            Duration apart = Duration.between(match.at(), at).abs();
            if (!seen.contains(match.contentId()) && !draft.accountIds().contains(match.accountId())
                    && apart.compareTo(config.otherAccountWindow()) < 0) {
                seen.add(match.contentId());
                findings.add(duplicate(ContentCheck.DUPLICATE_OTHER_ACCOUNT, "duplicate.other-account", match));
            }
        }
        return findings;
    }

    private static Finding duplicate(ContentCheck check, String key, Match match) {
        return Finding.of(check, "body", key, match.contentId().toString(), match.accountId().toString(),
                match.at().toString(), Math.round(match.similarity() * 100)).matching(match.contentId()).build();
    }

    private static Array bands(Connection connection, String comparable, String entity) throws SQLException {
        long[] bands = MinHashBands.of(comparable, entity);
        Long[] boxed = new Long[bands.length];
        for (int i = 0; i < bands.length; i++) {
            boxed[i] = bands[i];
        }
        return connection.createArrayOf("bigint", boxed);
    }

}
