package io.rasmi.kpi.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.rasmi.events.CommentReceived;
import io.rasmi.text.TextNormalizer;

/** Classifies one comment and stores its class, never its text: what the sentiment series count (G9.3). */
@ApplicationScoped
public class CommentSentiments {

    /** Comments count on Baghdad's day, as the figures of the entities' accounts do. */
    public static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @Inject
    SentimentClassifier classifier;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Stores the comment's class once; a comment already classified (another event for it) is left as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CommentReceived comment) {
        String language = language(comment);
        SentimentClassifier.Classification result = classifier.classify(comment.text(), language);
        entityManager.createNativeQuery("insert into comment_sentiment (comment_id, entity, account_id, platform, "
                + "comment_day, sentiment, score, language, classifier, commented_at, classified_at) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) on conflict (comment_id) do nothing")
                .setParameter(1, comment.commentId())
                .setParameter(2, comment.entity())
                .setParameter(3, comment.accountId())
                .setParameter(4, comment.platform().name())
                .setParameter(5, LocalDate.ofInstant(comment.commentedAt(), BAGHDAD))
                .setParameter(6, result.sentiment().name())
                .setParameter(7, BigDecimal.valueOf(result.score()).setScale(4, RoundingMode.HALF_EVEN))
                .setParameter(8, language)
                .setParameter(9, classifier.name())
                .setParameter(10, Timestamp.from(comment.commentedAt()))
                .setParameter(11, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /** The language the sender named, or the script's: Arabic letters make it {@code ar}, Latin ones {@code en}. */
    static String language(CommentReceived comment) {
        if (comment.language() != null) {
            return comment.language();
        }
        if (TextNormalizer.hasArabic(comment.text())) {
            return "ar";
        }
        return TextNormalizer.hasLatin(comment.text()) ? "en" : null;
    }
}
