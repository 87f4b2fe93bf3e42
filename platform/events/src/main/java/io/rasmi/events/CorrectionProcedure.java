package io.rasmi.events;

/** How a post is corrected (G7.5): each comes with its checklist of steps in content-service. */
public enum CorrectionProcedure {
    /** The platform lets the post's text (or media) be edited now: edit it and say so. */
    EDIT_IN_PLACE,
    /** The platform does not allow the edit (or not any more), or the post is on the wrong account. */
    DELETE_AND_REPOST,
    /** The post must go at once and the breach goes to the IT officers: an unauthorised post, a privacy leak. */
    DELETE_AND_ESCALATE
}
