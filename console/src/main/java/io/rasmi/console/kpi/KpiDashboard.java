package io.rasmi.console.kpi;

import io.rasmi.console.web.ConsoleMessages;
import io.rasmi.console.web.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * Builds the dashboard's four charts from kpi-service's answers: the figure over time, its audience breakdown, the
 * attainment of the period's targets and the comments' sentiment. Each chart stands alone: a refusal or an
 * unreachable service leaves that chart's note, not a broken page.
 */
final class KpiDashboard {

    private static final Logger LOG = Logger.getLogger(KpiDashboard.class);

    /** One chart, or why there is none. */
    record Panel(Chart chart, String note) {
    }

    private final KpiApi kpi;
    private final ConsoleMessages msg;
    private final Figures figures;

    KpiDashboard(KpiApi kpi, ConsoleMessages msg, Language lang) {
        this.kpi = kpi;
        this.msg = msg;
        this.figures = new Figures(lang);
    }

    Panel series(DashboardQuery query) {
        return panel(() -> {
            KpiApi.Series series = query.forAccount()
                    ? kpi.series(query.account(), query.metric, query.fromDate(), query.toDate(), query.granularity)
                    : kpi.rollup(query.metric, query.fromDate(), query.toDate(), query.granularity);
            List<SvgCharts.Mark> marks = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (KpiApi.Point point : series.points()) {
                String day = figures.day(point.start());
                String value = figures.number(point.value());
                marks.add(new SvgCharts.Mark(day, point.value(), value));
                rows.add(List.of(day, value));
            }
            String title = msg.kpi_series_title(msg.kpi_metric(query.metric));
            String description = marks.isEmpty() ? msg.kpi_no_figures()
                    : msg.kpi_series_desc(marks.size(), marks.get(0).label(), marks.get(marks.size() - 1).label());
            return new Chart("chart-series", title, SvgCharts.line("chart-series", title, description, marks),
                    List.of(msg.kpi_period_start(), msg.kpi_value()), rows);
        });
    }

    Panel breakdown(DashboardQuery query) {
        if (!query.forAccount()) {
            return new Panel(null, msg.kpi_choose_account());
        }
        return panel(() -> {
            KpiApi.Breakdown breakdown = kpi.breakdown(query.account(), query.metric, query.dimension,
                    query.fromDate(), query.toDate());
            List<SvgCharts.Mark> marks = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (KpiApi.Item item : breakdown.items()) {
                String label = msg.kpi_audience(item.key());
                String value = figures.number(item.value());
                marks.add(new SvgCharts.Mark(label, item.value(), value));
                rows.add(List.of(label, value, figures.percent(item.share())));
            }
            String title = msg.kpi_breakdown_title(msg.kpi_metric(query.metric), msg.kpi_dimension(query.dimension));
            return new Chart("chart-breakdown", title, SvgCharts.bars("chart-breakdown", title,
                    msg.kpi_breakdown_desc(marks.size()), marks, null),
                    List.of(msg.kpi_dimension(query.dimension), msg.kpi_value(), msg.kpi_share()), rows);
        });
    }

    Panel attainment(DashboardQuery query) {
        if (!query.forAccount()) {
            return new Panel(null, msg.kpi_choose_account());
        }
        return panel(() -> {
            KpiApi.Attainment attainment = kpi.attainment(query.account(), "WEEK", query.toDate());
            List<SvgCharts.Mark> marks = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (KpiApi.Goal goal : attainment.items()) {
                String metric = msg.kpi_metric(goal.metric());
                String reached = figures.percent(goal.attainment());
                marks.add(new SvgCharts.Mark(metric, goal.attainment() == null ? BigDecimal.ZERO : goal.attainment(),
                        reached));
                rows.add(List.of(metric, figures.number(goal.target()), figures.number(goal.actual()), reached,
                        goal.met() == null ? "—" : goal.met() ? msg.inc_yes() : msg.inc_no()));
            }
            String title = msg.kpi_attainment_title(figures.day(attainment.start()), figures.day(attainment.end()));
            long met = attainment.items().stream().filter(goal -> Boolean.TRUE.equals(goal.met())).count();
            return new Chart("chart-attainment", title, SvgCharts.bars("chart-attainment", title,
                    msg.kpi_attainment_desc(met, marks.size()), marks, BigDecimal.ONE),
                    List.of(msg.kpi_metric_column(), msg.kpi_target(), msg.kpi_actual(), msg.kpi_attained(),
                            msg.kpi_met()), rows);
        });
    }

    Panel sentiment(DashboardQuery query) {
        if (!query.forAccount()) {
            return new Panel(null, msg.kpi_choose_account());
        }
        return panel(() -> {
            KpiApi.Sentiment sentiment = kpi.sentiment(query.account(), query.fromDate(), query.toDate(),
                    query.granularity);
            List<SvgCharts.Split> splits = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (KpiApi.Mood mood : sentiment.points()) {
                String day = figures.day(mood.start());
                splits.add(new SvgCharts.Split(day, mood.positive(), mood.neutral(), mood.negative()));
                rows.add(List.of(day, figures.number(mood.positive()), figures.number(mood.neutral()),
                        figures.number(mood.negative()), figures.number(mood.total())));
            }
            String title = msg.kpi_sentiment_title();
            KpiApi.Tally totals = sentiment.totals();
            String description = totals == null || totals.total() == 0 ? msg.kpi_no_figures()
                    : msg.kpi_sentiment_desc(totals.total(), totals.positive(), totals.neutral(), totals.negative());
            return new Chart("chart-sentiment", title, SvgCharts.shares("chart-sentiment", title, description,
                    splits, List.of(msg.kpi_positive(), msg.kpi_neutral(), msg.kpi_negative())),
                    List.of(msg.kpi_period_start(), msg.kpi_positive(), msg.kpi_neutral(), msg.kpi_negative(),
                            msg.kpi_total()), rows);
        });
    }

    private Panel panel(Supplier<Chart> draw) {
        try {
            return new Panel(draw.get(), null);
        } catch (io.rasmi.console.web.ServiceProblemException problem) {
            String detail = problem.problem().detail();
            return new Panel(null, detail != null ? detail : problem.problem().title());
        } catch (RuntimeException unreachable) {
            LOG.warnf("kpi-service unavailable: %s", unreachable.getClass().getSimpleName());
            return new Panel(null, msg.service_unavailable());
        }
    }
}
