package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import java.time.Instant;
import java.util.List;

/**
 * Everything the account's page shows, each part from its own account-service call; a part that could not be read
 * is null (or empty), and the page says so in its place. {@code staff}: the unit's current members, for the
 * role-holder form.
 */
public record AccountFile(AccountApi.Account account, AccountApi.PostureReport posture,
        List<AccountApi.RoleHolder> roleHolders, AccountApi.TwoFactor twoFactor, List<AccountApi.Review> reviews,
        AccountApi.Rotation lastRotation, List<AccountApi.StaffMember> staff) {

    /** When the next password change is due (G6.g), or null before the first one is recorded. */
    public Instant rotationDue() {
        return lastRotation == null ? null : lastRotation.nextDueAt();
    }

    /** Only PROPOSED accounts wait for their official decision (G5.1). */
    public boolean awaitsDecision() {
        return "PROPOSED".equals(account.status());
    }

    public boolean mayActivate() {
        return "APPROVED".equals(account.status()) || "SUSPENDED".equals(account.status());
    }
}
