package io.rasmi.account.entities;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterEntityRequest", description = "A government entity to add to the register")
public record RegisterEntityRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "must be 2 to 32 lowercase letters, digits or dashes")
        @Schema(example = "moh") String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = ".*[\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF].*", message = "must be written in Arabic")
        @Schema(example = "وزارة الصحة") String nameAr,
        @NotBlank @Size(max = 200) @Schema(example = "Ministry of Health") String nameEn,
        @NotNull @Schema(example = "MINISTRY") EntityKind kind,
        @NotBlank @Size(max = 300) @Pattern(regexp = "https://[^\\s/?#]+\\.[^\\s/?#]+(/[^\\s]*)?", message = "must be an https URL")
        @Schema(example = "https://moh.gov.iq") String websiteUrl,
        @NotEmpty @Size(max = 20)
        @Schema(example = "[\"moh.gov.iq\"]")
        List<@NotBlank @Pattern(regexp = "([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}", message = "must be a domain name such as moh.gov.iq") String> emailDomains) {
}
