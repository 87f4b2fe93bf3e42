package io.rasmi.account.entities;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernmentEntity")
public record GovernmentEntityView(
        @Schema(example = "moh") String code,
        @Schema(example = "وزارة الصحة") String nameAr,
        @Schema(example = "Ministry of Health") String nameEn,
        EntityKind kind,
        @Schema(example = "https://moh.gov.iq") String websiteUrl,
        @Schema(example = "[\"moh.gov.iq\"]") List<String> emailDomains,
        Instant createdAt) {

    static GovernmentEntityView of(GovernmentEntity entity) {
        return new GovernmentEntityView(entity.code, entity.nameAr, entity.nameEn, entity.kind, entity.websiteUrl,
                List.copyOf(entity.emailDomains), entity.createdAt);
    }
}
