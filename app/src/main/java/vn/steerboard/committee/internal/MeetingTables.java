package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.committee.internal.report.ReportDocument.BarChart;
import vn.steerboard.committee.internal.report.ReportDocument.Table;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.indicator.PeriodNames;
import vn.steerboard.programme.League;
import vn.steerboard.programme.StatusCounts;
import vn.steerboard.programme.TaskView;

/**
 * The meeting document's tables and charts, each the figures of the day as the pages show them; every table also
 * becomes a sheet of the workbook, named in Vietnamese.
 */
@Component
class MeetingTables {

    private final CommitteeFigures figures;
    private final DeliveryStandings delivery;
    private final ReportText text;
    private final PeriodNames periods;

    MeetingTables(CommitteeFigures figures, DeliveryStandings delivery, ReportText text, PeriodNames periods) {
        this.periods = periods;
        this.figures = figures;
        this.delivery = delivery;
        this.text = text;
    }

    Table tasks(StatusCounts tasks) {
        return new Table(t("report.tasks.sheet"), t("report.tasks.table"),
                List.of(t("report.tasks.status"), t("report.tasks.count")), List.of(
                        row(t("report.tasks.completedOnTime"), tasks.completedOnTime()),
                        row(t("report.tasks.completedLate"), tasks.completedLate()),
                        row(t("report.tasks.inProgress"), tasks.inProgress()),
                        row(t("report.tasks.overdue"), tasks.overdue()),
                        row(t("report.tasks.notStarted"), tasks.notStarted()),
                        row(t("report.tasks.total"), tasks.total())));
    }

    BarChart onTime(LocalDate asOf) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        figures.onTimeByMonth(asOf, null).forEach((month, rate) -> {
            if (rate != null) {
                labels.add(periods.of(month, ReportText.LANGUAGE));
                values.add(rate);
            }
        });
        int from = Math.max(0, labels.size() - 12);
        return new BarChart(t("report.onTime.chart"), labels.subList(from, labels.size()), values.subList(from, values.size()),
                "%", 100);
    }

    Table overdue(LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (TaskView task : figures.mostOverdue(asOf, null, 10)) {
            rows.add(row(task.code(), task.title(), task.leadUnitName(), task.daysOverdue()));
        }
        return new Table(t("report.overdue.sheet"), t("report.overdue.table"), List.of(t("report.overdue.code"),
                t("report.overdue.task"), t("report.overdue.lead"), t("report.overdue.days")), rows);
    }

    Table indicators(List<IndicatorProgress> kpis) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorProgress p : kpis) {
            rows.add(row(p.nameVi(), p.current() == null ? "—" : round(p.current()),
                    periods.of(p.currentPeriod(), ReportText.LANGUAGE),
                    p.target() == null ? "—" : (Object) p.target().targetValue(),
                    p.target() == null ? "—" : ReportText.day(p.target().deadline()),
                    p.progressPercent() == null ? "—" : (Object) p.progressPercent(),
                    p.status() == null ? "—" : t("report.kpi." + p.status())));
        }
        return new Table(t("report.kpi.sheet"), t("report.kpi.table"), List.of(t("report.kpi.indicator"),
                t("report.kpi.value"), t("report.kpi.period"), t("report.kpi.target"), t("report.kpi.deadline"),
                t("report.kpi.progress"), t("report.kpi.status")), rows);
    }

    /** The composite league of provinces or of ministries, with ▲▼ since the last meeting. */
    Table composite(LocalDate asOf, League league) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommitteeFigures.CompositeRow r : figures.composite(asOf, league, null)) {
            rows.add(row(r.rank() == 0 ? "—" : (Object) r.rank(), r.name(), nullable(r.taskDelivery()),
                    nullable(r.kpiAttainment()), nullable(r.dataQuality()),
                    r.composite() == null ? t("report.league.insufficient") : (Object) r.composite(),
                    r.rankChange() == null ? "—" : text.change(r.rankChange(), false)));
        }
        String key = league == League.MINISTRIES ? "ministries" : "provinces";
        return new Table(t("report.league.sheet." + key), t("report.league.table." + key), List.of(t("report.league.rank"),
                t("report.league.unit." + key), t("report.league.tasks"), t("report.league.kpis"), t("report.league.quality"),
                t("report.league.composite"), t("report.league.move")), rows);
    }

    BarChart compositeChart(LocalDate asOf, League league, String caption) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (CommitteeFigures.CompositeRow r : figures.composite(asOf, league, null)) {
            if (labels.size() < 10 && r.composite() != null) {
                labels.add(r.name());
                values.add(r.composite());
            }
        }
        return new BarChart(caption, labels, values, t("report.league.points"), 100);
    }

    /** The Decision 766 league of provinces or ministries from the delivery module's public index. */
    Table delivery(LocalDate asOf, LeagueKind kind) {
        List<List<Object>> rows = new ArrayList<>();
        for (LeagueRow r : delivery.league(kind, null, asOf)) {
            rows.add(row(r.rank() == null ? "—" : (Object) r.rank(), r.index().unitName(),
                    r.index().score() == null ? t("report.delivery.notComputable") : (Object) r.index().score(),
                    r.index().dossiers()));
        }
        String key = kind == LeagueKind.MINISTRIES ? "ministries" : "provinces";
        return new Table(t("report.delivery.sheet." + key), t("report.delivery.table." + key, DeliveryStandings.period(asOf).label()),
                List.of(t("report.league.rank"), t("report.league.unit." + key), t("report.delivery.score"),
                        t("report.delivery.dossiers")), rows);
    }

    BarChart deliveryChart(LocalDate asOf) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LeagueRow r : delivery.league(LeagueKind.PROVINCES, null, asOf)) {
            if (labels.size() < 10 && r.index().score() != null) {
                labels.add(r.index().unitName());
                values.add(r.index().score());
            }
        }
        return new BarChart(t("report.delivery.chart"), labels, values, t("report.league.points"), 100);
    }

    private String t(String key, Object... args) {
        return text.t(key, args);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Object nullable(Double value) {
        return value == null ? "—" : value;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
