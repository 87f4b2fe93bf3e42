package io.rasmi.kpi.reports;

import io.rasmi.kpi.csv.CsvTable;
import io.rasmi.kpi.series.BreakdownView;
import io.rasmi.kpi.series.SeriesView;
import io.rasmi.kpi.targets.AttainmentView;

/**
 * A report as one CSV table for a spreadsheet: a row per account and metric (the period against the one before), per
 * daily figure, per breakdown item and per target, told apart by {@code section}.
 */
final class ReportCsv {

    static final String[] COLUMNS = { "period", "section", "accountId", "handle", "platform", "metric", "key",
            "value", "previous", "change", "share", "target", "attainment", "met" };

    private ReportCsv() {
    }

    static CsvTable of(ReportView report) {
        CsvTable table = CsvTable.of(COLUMNS);
        String period = report.period().code();
        for (ReportView.AccountSection section : report.accounts()) {
            ReportView.Account account = section.account();
            for (ReportView.MetricFigure figure : section.metrics()) {
                table.row(period, "metric", account.id(), account.handle(), account.platform(), figure.metric(), "",
                        plain(figure.current()), plain(figure.previous()), plain(figure.change()), "", "", "", "");
            }
            for (SeriesView series : section.series()) {
                for (SeriesView.Point point : series.points()) {
                    table.row(period, "day", account.id(), account.handle(), account.platform(), series.metric(),
                            point.start(), plain(point.value()), "", "", "", "", "", "");
                }
            }
            for (BreakdownView breakdown : section.breakdowns()) {
                for (BreakdownView.Item item : breakdown.items()) {
                    table.row(period, breakdown.dimension(), account.id(), account.handle(), account.platform(),
                            breakdown.metric(), item.key(), plain(item.value()), "", "", plain(item.share()), "", "", "");
                }
            }
            for (AttainmentView.Item item : section.targets()) {
                table.row(period, "target", account.id(), account.handle(), account.platform(), item.metric(), "",
                        plain(item.actual()), "", "", "", plain(item.target()), plain(item.attainment()),
                        item.met() == null ? "" : item.met());
            }
        }
        return table;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
