package io.rasmi.account.impersonation;

import java.util.Set;

/**
 * Where a report of an impersonating account stands: reported inside Rasmi, then submitted to the platform with
 * its case reference, then removed by the platform or rejected by it.
 */
public enum ImpersonationStatus {
    REPORTED,
    SUBMITTED_TO_PLATFORM,
    REMOVED,
    REJECTED;

    /** The statuses this one may move to. */
    public Set<ImpersonationStatus> next() {
        return switch (this) {
            case REPORTED -> Set.of(SUBMITTED_TO_PLATFORM);
            case SUBMITTED_TO_PLATFORM -> Set.of(REMOVED, REJECTED);
            case REMOVED, REJECTED -> Set.of();
        };
    }

    /** Whether the report is still being followed. */
    public boolean open() {
        return this == REPORTED || this == SUBMITTED_TO_PLATFORM;
    }
}
