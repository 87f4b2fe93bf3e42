package io.rasmi.kpi.sentiment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mood of one comment (G9.3). */
@Schema(description = "The mood of a comment")
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
