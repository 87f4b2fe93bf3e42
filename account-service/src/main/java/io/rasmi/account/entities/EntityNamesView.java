package io.rasmi.account.entities;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntityNames", description = "The names and handle patterns an account may use to point to the entity (G6.d)")
public record EntityNamesView(
        @Schema(example = "moh") String entityCode,
        @Schema(description = "The entity's registered Arabic name; always counts", example = "وزارة الصحة") String nameAr,
        @Schema(description = "The entity's registered English name; always counts", example = "Ministry of Health") String nameEn,
        @Schema(example = "[\"وزارة الصحة العراقية\", \"MOH Iraq\"]") List<String> names,
        @Schema(example = "[\"MOH_*\", \"moh.iraq\"]") List<String> handlePatterns,
        @Schema(description = "Null until the entity-admin first sets them") Instant updatedAt,
        long version) {

    static EntityNamesView of(GovernmentEntity entity, EntityNames names) {
        return names == null
                ? new EntityNamesView(entity.code, entity.nameAr, entity.nameEn, List.of(), List.of(), null, 0)
                : new EntityNamesView(entity.code, entity.nameAr, entity.nameEn, List.copyOf(names.names),
                        List.copyOf(names.handlePatterns), names.updatedAt, names.version);
    }
}
