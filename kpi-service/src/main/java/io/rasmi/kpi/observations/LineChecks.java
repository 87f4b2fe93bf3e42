package io.rasmi.kpi.observations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.rasmi.events.Platform;
import io.rasmi.kpi.metrics.Metric;

/**
 * Checks each line of one batch and keeps what is wrong, by kind: a malformed line (400), an account that is not
 * the entity's (404), a metric the account's platform does not report (422, G9.1).
 */
final class LineChecks {

    static final BigDecimal MAX_VALUE = new BigDecimal("100000000000000000");

    private final Function<UUID, Optional<Platform>> platformOfAccount;
    private final Map<UUID, Optional<Platform>> platforms = new HashMap<>();
    private final LocalDate earliest;
    private final LocalDate latest;
    private final int maxProblems;

    final List<LineProblem> malformed = new ArrayList<>();
    final List<LineProblem> unknownAccounts = new ArrayList<>();
    final List<LineProblem> unreported = new ArrayList<>();

    /**
     * @param platformOfAccount the platform of the entity's account, empty when the account is not the entity's;
     *                          asked once per account of the batch
     */
    LineChecks(Function<UUID, Optional<Platform>> platformOfAccount, LocalDate earliest, LocalDate latest,
            int maxProblems) {
        this.platformOfAccount = platformOfAccount;
        this.earliest = earliest;
        this.latest = latest;
        this.maxProblems = maxProblems;
    }

    int problemCount() {
        return malformed.size() + unknownAccounts.size() + unreported.size();
    }

    boolean full() {
        return problemCount() >= maxProblems;
    }

    void malformed(LineProblem problem) {
        if (!full()) {
            malformed.add(problem);
        }
    }

    /** The checked line, or null when it is wrong (and why is kept). */
    ObservationLine check(RawLine raw) {
        int before = problemCount();
        raw.shapeProblems().forEach(this::malformed);
        if (!raw.shapeProblems().isEmpty()) {
            return null;
        }
        int n = raw.number();
        UUID accountId = null;
        if (raw.accountId() == null) {
            malformed(new LineProblem(n, RawLine.ACCOUNT_ID, "kpi.line.required"));
        } else {
            try {
                accountId = UUID.fromString(raw.accountId());
                if (raw.accountId().length() != 36) {
                    throw new IllegalArgumentException("not canonical");
                }
            } catch (IllegalArgumentException notUuid) {
                accountId = null;
                malformed(new LineProblem(n, RawLine.ACCOUNT_ID, "kpi.line.not-uuid"));
            }
        }
        LocalDate date = null;
        if (raw.date() == null) {
            malformed(new LineProblem(n, RawLine.DATE, "kpi.line.required"));
        } else {
            try {
                date = LocalDate.parse(raw.date());
                if (date.isBefore(earliest) || date.isAfter(latest)) {
                    malformed(new LineProblem(n, RawLine.DATE, "kpi.line.date-out-of-range", earliest.toString(),
                            latest.toString()));
                    date = null;
                }
            } catch (DateTimeParseException notDate) {
                malformed(new LineProblem(n, RawLine.DATE, "kpi.line.not-date"));
            }
        }
        Metric metric = null;
        if (raw.metric() == null) {
            malformed(new LineProblem(n, RawLine.METRIC, "kpi.line.required"));
        } else {
            metric = Metric.named(raw.metric());
            if (metric == null) {
                malformed(new LineProblem(n, RawLine.METRIC, "kpi.line.unknown-metric"));
            }
        }
        BigDecimal value = value(n, raw.value(), metric);
        AgeBracket age = null;
        if (raw.ageBracket() != null && (age = AgeBracket.ofCode(raw.ageBracket())) == null) {
            malformed(new LineProblem(n, "dimensions.ageBracket", "kpi.line.unknown-age-bracket"));
        }
        Governorate governorate = null;
        if (raw.governorate() != null && (governorate = Governorate.ofCode(raw.governorate())) == null) {
            malformed(new LineProblem(n, "dimensions.governorate", "kpi.line.unknown-governorate"));
        }
        Gender gender = null;
        if (raw.gender() != null && (gender = Gender.ofCode(raw.gender())) == null) {
            malformed(new LineProblem(n, "dimensions.gender", "kpi.line.unknown-gender"));
        }
        if (accountId != null) {
            Optional<Platform> platform = platforms.computeIfAbsent(accountId, platformOfAccount);
            if (platform.isEmpty()) {
                if (!full()) {
                    unknownAccounts.add(new LineProblem(n, RawLine.ACCOUNT_ID, "kpi.line.account-not-found"));
                }
            } else if (metric != null && !metric.reportedBy(platform.get())) {
                if (!full()) {
                    unreported.add(new LineProblem(n, RawLine.METRIC, "kpi.line.metric-not-reported",
                            metric.name(), platform.get().name()));
                }
            }
        }
        if (problemCount() > before) {
            return null;
        }
        return new ObservationLine(n, accountId, date, metric, value, age, governorate, gender);
    }

    private BigDecimal value(int n, String text, Metric metric) {
        if (text == null) {
            malformed(new LineProblem(n, RawLine.VALUE, "kpi.line.required"));
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException notNumber) {
            malformed(new LineProblem(n, RawLine.VALUE, "kpi.line.not-number"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) >= 0) {
            malformed(new LineProblem(n, RawLine.VALUE, "kpi.line.value-out-of-range"));
            return null;
        }
        int scale = Math.max(0, value.stripTrailingZeros().scale());
        if (metric != null && metric.unit() == Metric.Unit.COUNT && scale > 0) {
            malformed(new LineProblem(n, RawLine.VALUE, "kpi.line.not-whole"));
            return null;
        }
        if (scale > 3) {
            malformed(new LineProblem(n, RawLine.VALUE, "kpi.line.too-precise"));
            return null;
        }
        return value;
    }
}
