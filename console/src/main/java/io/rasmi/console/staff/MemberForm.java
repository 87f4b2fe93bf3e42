package io.rasmi.console.staff;

import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/** A new member of the social media unit as the head of unit typed it; shown again, as typed, when refused. */
public class MemberForm {

    public static final Set<String> FIELDS = Set.of("fullName", "officialEmail", "unitRole");

    /** The roles in the unit; the same names as account-service's {@code UnitRole}. */
    public static final List<String> UNIT_ROLES = List.of("HEAD", "PUBLISHER", "APPROVER", "MODERATOR", "IT_OFFICER",
            "ANALYST");

    @RestForm
    public String fullName;

    @RestForm
    public String officialEmail;

    @RestForm
    public String unitRole;

    public static MemberForm empty() {
        MemberForm form = new MemberForm();
        form.unitRole = "PUBLISHER";
        return form;
    }

    public List<String> unitRoles() {
        return UNIT_ROLES;
    }

    StaffApi.NewMember toRequest() {
        return new StaffApi.NewMember(blankToNull(fullName), blankToNull(officialEmail), blankToNull(unitRole));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
