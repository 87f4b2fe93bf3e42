package io.rasmi.content.corrections;

import static io.rasmi.content.corrections.CorrectionStep.ADD_CORRECTION_NOTE;
import static io.rasmi.content.corrections.CorrectionStep.ARCHIVE_ORIGINAL;
import static io.rasmi.content.corrections.CorrectionStep.DELETE_POST;
import static io.rasmi.content.corrections.CorrectionStep.EDIT_POST;
import static io.rasmi.content.corrections.CorrectionStep.ESCALATE_TO_IT_OFFICERS;
import static io.rasmi.content.corrections.CorrectionStep.INFORM_AFFECTED_PERSON;
import static io.rasmi.content.corrections.CorrectionStep.PRESERVE_EVIDENCE;
import static io.rasmi.content.corrections.CorrectionStep.REPOST_CORRECTED;
import static io.rasmi.content.corrections.CorrectionStep.REPOST_ON_RIGHT_ACCOUNT;
import static io.rasmi.content.corrections.CorrectionStep.SECURE_ACCOUNT;
import static io.rasmi.content.corrections.CorrectionStep.VERIFY_CORRECTION;

import java.time.Instant;
import java.util.List;

import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;

/**
 * The correction procedures agreed in advance (G7.5), all of them: which procedure an error gets, and its steps in
 * order.
 *
 * <pre>
 *   UNAUTHORIZED_POST, PRIVACY_LEAK                         → DELETE_AND_ESCALATE, whatever the platform allows
 *   WRONG_ACCOUNT                                           → DELETE_AND_REPOST (on the right account)
 *   TYPO, FACTUAL, BROKEN_LINK, in the text (or the media)  → EDIT_IN_PLACE while the platform lets that part of a
 *                                                             post be edited, else DELETE_AND_REPOST
 *
 *   EDIT_IN_PLACE        EDIT_POST, ADD_CORRECTION_NOTE, VERIFY_CORRECTION
 *   DELETE_AND_REPOST    ARCHIVE_ORIGINAL, DELETE_POST, REPOST_CORRECTED | REPOST_ON_RIGHT_ACCOUNT, VERIFY_CORRECTION
 *   DELETE_AND_ESCALATE  PRESERVE_EVIDENCE, DELETE_POST, ESCALATE_TO_IT_OFFICERS,
 *                        SECURE_ACCOUNT (unauthorised post) | INFORM_AFFECTED_PERSON (privacy leak), VERIFY_CORRECTION
 * </pre>
 *
 * Evidence is kept before the post is deleted, and the post goes before anything else is done, since every minute
 * it stays up it is read.
 */
public final class Checklist {

    private Checklist() {
    }

    /** The procedure and until when the edit it relies on is possible ({@code null} when it is no edit). */
    public record Choice(CorrectionProcedure procedure, Instant editableUntil) {
    }

    /**
     * The procedure for an error of this type, on a platform of this capability, for a post published at
     * {@code publishedAt} (null when unknown), decided at {@code now}. An edit is chosen only while its window is
     * open: a post whose publication time is unknown is edited only where the window is unlimited.
     */
    public static Choice choose(CorrectionErrorType errorType, boolean inMedia, CorrectionsConfig.Capability platform,
            Instant publishedAt, Instant now) {
        switch (errorType) {
            case UNAUTHORIZED_POST, PRIVACY_LEAK -> {
                return new Choice(CorrectionProcedure.DELETE_AND_ESCALATE, null);
            }
            case WRONG_ACCOUNT -> {
                return new Choice(CorrectionProcedure.DELETE_AND_REPOST, null);
            }
            default -> {
                CorrectionsConfig.Editing editing = inMedia ? platform.media() : platform.text();
                Instant until = PlatformCapabilities.editableUntil(editing, publishedAt).orElse(null);
                if (until != null && now.isBefore(until)) {
                    return new Choice(CorrectionProcedure.EDIT_IN_PLACE, until.equals(Instant.MAX) ? null : until);
                }
                return new Choice(CorrectionProcedure.DELETE_AND_REPOST, null);
            }
        }
    }

    /** The steps of the procedure for this error type, in the order they are done. */
    public static List<CorrectionStep> steps(CorrectionProcedure procedure, CorrectionErrorType errorType) {
        return switch (procedure) {
            case EDIT_IN_PLACE -> List.of(EDIT_POST, ADD_CORRECTION_NOTE, VERIFY_CORRECTION);
            case DELETE_AND_REPOST -> List.of(ARCHIVE_ORIGINAL, DELETE_POST,
                    errorType == CorrectionErrorType.WRONG_ACCOUNT ? REPOST_ON_RIGHT_ACCOUNT : REPOST_CORRECTED,
                    VERIFY_CORRECTION);
            case DELETE_AND_ESCALATE -> List.of(PRESERVE_EVIDENCE, DELETE_POST, ESCALATE_TO_IT_OFFICERS,
                    errorType == CorrectionErrorType.PRIVACY_LEAK ? INFORM_AFFECTED_PERSON : SECURE_ACCOUNT,
                    VERIFY_CORRECTION);
        };
    }
}
