package io.rasmi.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * How alike two names are: {@code score} in [0, 1] (1 the same name) and the reasons, in the order of
 * {@link SimilarityReason}.
 */
public record Similarity(double score, Set<SimilarityReason> reasons) {

    public static final Similarity NONE = new Similarity(0, Set.of());

    public Similarity {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        // in the order of the enum, whatever set was given
        reasons = reasons.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }
}
