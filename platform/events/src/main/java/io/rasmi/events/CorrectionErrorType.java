package io.rasmi.events;

/** What went wrong with a post on an official account (G7.5); content-service's corrections choose the procedure. */
public enum CorrectionErrorType {
    /** A spelling or wording slip that changes no fact. */
    TYPO,
    /** A wrong fact, figure, date or name. */
    FACTUAL,
    /** Published on the wrong official account. */
    WRONG_ACCOUNT,
    /** The post exposes someone's personal data (G8.5). */
    PRIVACY_LEAK,
    /** A link in the post leads nowhere or to the wrong place. */
    BROKEN_LINK,
    /** A post nobody in the unit authorised: an intruder's or an unauthorised person's (G7.5, G6.j). */
    UNAUTHORIZED_POST
}
