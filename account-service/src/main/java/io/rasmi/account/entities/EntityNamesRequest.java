package io.rasmi.account.entities;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntityNamesRequest", description = "The whole set of names and handle patterns, replacing the last (G6.d)")
public record EntityNamesRequest(
        @NotNull @Size(max = 20)
        @Schema(description = "Other names of the entity, in Arabic or English, besides its registered nameAr and "
                + "nameEn", example = "[\"وزارة الصحة العراقية\", \"MOH Iraq\"]")
        List<@NotBlank @Size(max = 200) String> names,
        @NotNull @Size(max = 20)
        @Schema(description = "Simple globs over handles, * for any run of characters and ? for one, case "
                + "insensitive; at least three letters or digits each", example = "[\"MOH_*\", \"moh.iraq\"]")
        List<@NotBlank @Pattern(regexp = HandlePattern.SHAPE, message = "must be 1 to 64 letters, digits, . _ - * or ?, with at least three letters or digits") String> handlePatterns) {
}
