package io.rasmi.account.unit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffMember")
public record StaffView(
        UUID id,
        @Schema(example = "moh") String entity,
        @Schema(example = "زينب علي حسين") String fullName,
        @Schema(format = "email", example = "z.hussein@moh.gov.iq") String officialEmail,
        UnitRole unitRole,
        @Schema(description = "false once the person left the unit", example = "true") boolean active,
        @Schema(nullable = true, implementation = String.class, format = "date-time", description = "When the person was marked as having left") Instant leftAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send it back in If-Match to change the record", example = "0") long version) {

    static StaffView of(StaffMember staff) {
        return new StaffView(staff.id, staff.entityCode, staff.fullName, staff.officialEmail, staff.unitRole,
                staff.active, staff.leftAt, staff.createdAt, staff.updatedAt, staff.version);
    }
}
