package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.kpi.ReportForm;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

    @Test
    void shouldOfferTheSaturdayToFridayWeekThatClosedLastNamedAfterItsMonday() {
        // Monday 30 November 2026: the week of Saturday 21 to Friday 27 November, Monday the 23rd, ISO week 48
        assertThat(ReportForm.lastWeek(LocalDate.of(2026, 11, 30))).isEqualTo("2026-W48");
        // on the Saturday after, the week that closed on Friday the 27th is still the last one
        assertThat(ReportForm.lastWeek(LocalDate.of(2026, 11, 28))).isEqualTo("2026-W48");
        // on a Friday, that week is not over yet
        assertThat(ReportForm.lastWeek(LocalDate.of(2026, 11, 27))).isEqualTo("2026-W47");
    }

    @Test
    void shouldOfferTheMonthBeforeAcrossTheYear() {
        assertThat(ReportForm.lastMonth(LocalDate.of(2026, 11, 30))).isEqualTo("2026-10");
        assertThat(ReportForm.lastMonth(LocalDate.of(2027, 1, 5))).isEqualTo("2026-12");
    }
}
