package io.rasmi.account.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A merge patch: a field that is absent (or null) stays as it is. */
@Schema(name = "UpdateStaffRequest", description = "The fields to change; absent fields stay as they are")
public record UpdateStaffRequest(
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(example = "زينب علي حسين الموسوي") String fullName,
        @Email @Size(max = 254) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(format = "email", description = "Must be on one of the entity's official domains (G6.c)",
                example = "z.hussein@moh.gov.iq")
        String officialEmail,
        @Schema(example = "MODERATOR") UnitRole unitRole,
        @Schema(description = "false marks someone who left the unit; they must hold no role on any account first",
                example = "false")
        Boolean active) {
}
