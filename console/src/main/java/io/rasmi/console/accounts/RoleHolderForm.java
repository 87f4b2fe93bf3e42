package io.rasmi.console.accounts;

import io.rasmi.console.services.AccountApi;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

/** A member of the unit given a role on the account (G6.a), as chosen in the form. */
public class RoleHolderForm {

    public static final Set<String> FIELDS = Set.of("staffId", "role");

    /** The roles on an account; the same names as account-service's {@code AccountRole}. */
    public static final List<String> ROLES = List.of("ADMIN", "PUBLISHER", "MODERATOR");

    @RestForm
    public String staffId;

    @RestForm
    public String role;

    public static RoleHolderForm empty() {
        RoleHolderForm form = new RoleHolderForm();
        form.role = "ADMIN";
        return form;
    }

    public List<String> roles() {
        return ROLES;
    }

    /** The request; a staff id that is not a UUID goes as none, and the service names the field. */
    AccountApi.NewRoleHolder toRequest() {
        UUID staff;
        try {
            staff = staffId == null || staffId.isBlank() ? null : UUID.fromString(staffId.strip());
        } catch (IllegalArgumentException notAnId) {
            staff = null;
        }
        return new AccountApi.NewRoleHolder(staff, role == null || role.isBlank() ? null : role);
    }
}
