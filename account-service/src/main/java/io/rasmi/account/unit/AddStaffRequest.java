package io.rasmi.account.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddStaffRequest", description = "A member of the entity's social media unit; the entity is the caller's own")
public record AddStaffRequest(
        @NotBlank @Size(max = 200) @Schema(example = "زينب علي حسين") String fullName,
        @NotBlank @Email @Size(max = 254)
        @Schema(format = "email", description = "Must be on one of the entity's official domains (G6.c)",
                example = "z.hussein@moh.gov.iq")
        String officialEmail,
        @NotNull @Schema(example = "PUBLISHER") UnitRole unitRole) {
}
