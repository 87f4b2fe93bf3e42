package io.rasmi.kpi.observations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

/** One line of a batch, for the OpenAPI document; the service reads batches as a stream, never into this record. */
@Schema(name = "ObservationLine", description = "One figure: an account's metric on a day, for its whole audience or "
        + "one part of it", additionalProperties = Schema.False.class)
public record ObservationInput(
        @Schema(required = true, description = "One of the caller's entity's accounts",
                example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(required = true, description = "The day (UTC) the figure is for", example = "2026-11-29") LocalDate date,
        @Schema(required = true, example = "REACH") Metric metric,
        @Schema(required = true, minimum = "0", description = "A whole number, or seconds with up to three decimals "
                + "for RESPONSE_TIME", example = "15230") BigDecimal value,
        @Schema(nullable = true, description = "The part of the audience; absent (or an absent dimension) means all "
                + "of it") Dimensions dimensions) {

    @Schema(name = "ObservationDimensions", additionalProperties = Schema.False.class)
    public record Dimensions(
            @Schema(nullable = true, enumeration = { "13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+" },
                    type = SchemaType.STRING, example = "18-24") String ageBracket,
            @Schema(nullable = true, description = "ISO 3166-2:IQ code of a governorate, or IQ-KR for the Kurdistan "
                    + "Region as a whole", enumeration = { "IQ-AN", "IQ-BA", "IQ-MU", "IQ-QA", "IQ-NA", "IQ-AR",
                            "IQ-SU", "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DQ", "IQ-DI", "IQ-KA", "IQ-KI", "IQ-MA",
                            "IQ-NI", "IQ-SD", "IQ-WA", "IQ-KR" },
                    type = SchemaType.STRING, example = "IQ-BG") String governorate,
            @Schema(nullable = true, example = "FEMALE") Gender gender) {
    }
}
