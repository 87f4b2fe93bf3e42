package io.rasmi.kpi.observations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.rasmi.kpi.metrics.Metric;

/** One checked figure: an account's metric on a day, for all its audience or one part of it (null = the total). */
record ObservationLine(int number, UUID accountId, LocalDate date, Metric metric, BigDecimal value,
        AgeBracket ageBracket, Governorate governorate, Gender gender) {
}
