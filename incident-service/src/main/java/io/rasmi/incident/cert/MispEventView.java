package io.rasmi.incident.cert;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** For the API document only: a MISP core-format event (draft-dulaunoy-misp-core-format). */
@Schema(name = "MispEventExport", description = "A MISP event in the MISP core format, for CERTs that run MISP")
public record MispEventView(@JsonProperty("Event") @Schema(required = true) Event event) {

    @Schema(name = "MispEvent", description = "The event: its keys are those of the MISP core format (the main ones "
            + "below; also Orgc, the creating organisation, and Attribute, the event's own attributes)",
            additionalProperties = Schema.True.class)
    public record Event(
            @Schema(required = true, format = "uuid") String uuid,
            @Schema(required = true) String info,
            @Schema(required = true, description = "ISO date the incident was detected (or reported)") String date,
            @JsonProperty("threat_level_id") @Schema(required = true, enumeration = { "1", "2", "3", "4" },
                    description = "1 high (CRITICAL, HIGH), 2 medium, 3 low") String threatLevelId,
            @Schema(required = true, enumeration = { "0", "1", "2" },
                    description = "0 initial (reported), 1 ongoing (handled), 2 completed (closed)") String analysis,
            @Schema(required = true, enumeration = { "0", "1", "2", "3", "4" },
                    description = "From the TLP: 3 clear, 2 green, 1 amber, 0 red") String distribution,
            @Schema(required = true) boolean published,
            @Schema(required = true, description = "Seconds since the epoch of the last change") String timestamp,
            @JsonProperty("Tag") @Schema(required = true, description = "tlp:<level> first") List<Tag> tags,
            @JsonProperty("Object") @Schema(required = true, description = "A user-account object per affected "
                    + "account") List<Object> objects) {
    }

    @Schema(name = "MispTag")
    public record Tag(@Schema(required = true, examples = "tlp:amber") String name) {
    }
}
