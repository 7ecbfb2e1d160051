package vn.steerboard.committee.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.IndicatorProgress;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.programme.StatusCounts;

/**
 * The meeting document's written assessment, generated from the figures of the day and of the last meeting: what
 * improved, who lags (with the figures), and the proposals that follow. Every sentence is a bundle text filled with
 * figures; nothing is said that the tables beside it do not show.
 */
@Component
class MeetingAssessment {

    private final ReportText text;

    MeetingAssessment(ReportText text) {
        this.text = text;
    }

    List<String> tasks(MeetingFacts f) {
        StatusCounts now = f.tasks();
        StatusCounts then = f.tasksThen();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t("report.tasks.summary", ReportText.day(f.asOf()), now.total(), now.completed(), now.completedOnTime(),
                now.completedLate(), now.inProgress(), now.overdue(), now.notStarted(), percent(now.onTimeRate())));
        paragraphs.add(t("report.assess.tasksChange", ReportText.day(f.previous()), now.completed() - then.completed(),
                text.change(now.overdue() - then.overdue(), false), then.overdue(), now.overdue(),
                rateChange(then.onTimeRate(), now.onTimeRate()), percent(then.onTimeRate()), percent(now.onTimeRate())));
        List<CommitteeFigures.CompositeRow> lagging = f.mostOverdue(5);
        paragraphs.add(lagging.isEmpty() ? t("report.assess.noOverdue")
                : t("report.assess.overdueUnits", names(lagging, r -> t("report.assess.tasksCount", r.counts().overdue()))));
        return paragraphs;
    }

    List<String> indicators(MeetingFacts f) {
        Map<TargetStatus, Long> now = f.kpiStatus(f.kpis());
        Map<TargetStatus, Long> then = f.kpiStatus(f.kpisThen());
        long targeted = f.kpis().stream().filter(p -> p.status() != null).count();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t("report.assess.kpis", targeted, now.get(TargetStatus.ON_TRACK), now.get(TargetStatus.AT_RISK),
                now.get(TargetStatus.OFF_TRACK), then.get(TargetStatus.ON_TRACK), then.get(TargetStatus.AT_RISK),
                then.get(TargetStatus.OFF_TRACK), ReportText.day(f.previous())));
        if (!f.offTrack().isEmpty()) {
            List<String> slow = new ArrayList<>();
            for (IndicatorProgress p : f.offTrack()) {
                slow.add(t("report.assess.kpiProgress", p.nameVi(), percent(p.progressPercent()),
                        t("report.kpi." + p.status())));
            }
            paragraphs.add(t("report.assess.kpisLagging", text.list(slow)));
        }
        return paragraphs;
    }

    String quality(MeetingFacts f) {
        List<CommitteeFigures.CompositeRow> provinces = MeetingFacts.lowestQuality(f.provinces(), 3);
        List<CommitteeFigures.CompositeRow> ministries = MeetingFacts.lowestQuality(f.ministries(), 2);
        if (f.quality() == null) {
            return t("report.assess.noQuality");
        }
        Function<CommitteeFigures.CompositeRow, String> score = r -> t("report.assess.points", ReportText.one(r.dataQuality()));
        return t("report.assess.quality", ReportText.one(f.quality()),
                provinces.isEmpty() ? t("report.assess.none") : names(provinces, score),
                ministries.isEmpty() ? t("report.assess.none") : names(ministries, score));
    }

    String delivery(MeetingFacts f) {
        List<LeagueRow> provinces = DeliverySummary.ranked(f.deliveryProvinces());
        List<LeagueRow> ministries = DeliverySummary.ranked(f.deliveryMinistries());
        if (provinces.isEmpty() && ministries.isEmpty()) {
            return t("report.assess.noDelivery", f.deliveryPeriod());
        }
        return t("report.assess.delivery", f.deliveryPeriod(), provinces.size(), f.deliveryProvinces().size(),
                deliveryNames(head(provinces, 3)), deliveryNames(tail(provinces, 3)),
                deliveryNames(head(ministries, 1)), deliveryNames(tail(ministries, 1)));
    }

    String composite(MeetingFacts f) {
        List<CommitteeFigures.CompositeRow> provinces = MeetingFacts.ranked(f.provinces());
        List<CommitteeFigures.CompositeRow> ministries = MeetingFacts.ranked(f.ministries());
        Function<CommitteeFigures.CompositeRow, String> score = r -> t("report.assess.points", ReportText.one(r.composite()));
        Function<CommitteeFigures.CompositeRow, String> move = r -> text.change(r.rankChange(), false);
        List<CommitteeFigures.CompositeRow> up = MeetingFacts.movers(f.provinces(), true, 3);
        List<CommitteeFigures.CompositeRow> down = MeetingFacts.movers(f.provinces(), false, 3);
        return t("report.assess.composite", names(head(provinces, 3), score), names(tail(provinces, 3), score),
                names(head(ministries, 1), score), names(tail(ministries, 1), score),
                up.isEmpty() ? t("report.assess.none") : names(up, move),
                down.isEmpty() ? t("report.assess.none") : names(down, move));
    }

    /** Đánh giá chung: the results since the last meeting, then what still lags. */
    List<String> overall(MeetingFacts f) {
        StatusCounts now = f.tasks();
        StatusCounts then = f.tasksThen();
        List<String> gains = new ArrayList<>();
        if (now.completed() > then.completed()) {
            gains.add(t("report.assess.gain.completed", now.completed() - then.completed()));
        }
        if (now.onTimeRate() != null && then.onTimeRate() != null && now.onTimeRate() > then.onTimeRate() + 0.05) {
            gains.add(t("report.assess.gain.onTime", percent(then.onTimeRate()), percent(now.onTimeRate())));
        }
        long onTrack = f.kpiStatus(f.kpis()).get(TargetStatus.ON_TRACK);
        if (onTrack > f.kpiStatus(f.kpisThen()).get(TargetStatus.ON_TRACK)) {
            gains.add(t("report.assess.gain.kpis", onTrack));
        }
        List<CommitteeFigures.CompositeRow> up = MeetingFacts.movers(f.provinces(), true, 3);
        if (!up.isEmpty()) {
            gains.add(t("report.assess.gain.rank", names(up, r -> text.change(r.rankChange(), false))));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(gains.isEmpty() ? t("report.assess.noGains", ReportText.day(f.previous()))
                : t("report.assess.gains", ReportText.day(f.previous()), text.list(gains)));
        paragraphs.add(t("report.assess.shortcomings", now.overdue(), text.change(now.overdue() - then.overdue(), false),
                f.kpiStatus(f.kpis()).get(TargetStatus.OFF_TRACK),
                names(tail(MeetingFacts.ranked(f.provinces()), 3), r -> t("report.assess.points", ReportText.one(r.composite())))));
        return paragraphs;
    }

    /** Kiến nghị: one proposal per area that lags, naming the units. */
    List<String> proposals(MeetingFacts f) {
        List<String> proposals = new ArrayList<>();
        List<CommitteeFigures.CompositeRow> overdue = f.mostOverdue(5);
        if (!overdue.isEmpty()) {
            proposals.add(t("report.propose.overdue", names(overdue, r -> t("report.assess.tasksCount", r.counts().overdue()))));
        }
        if (!f.offTrack().isEmpty()) {
            proposals.add(t("report.propose.kpis", text.list(f.offTrack().stream().map(IndicatorProgress::nameVi).toList())));
        }
        List<CommitteeFigures.CompositeRow> quality = MeetingFacts.lowestQuality(f.provinces(), 3);
        if (!quality.isEmpty()) {
            proposals.add(t("report.propose.quality", text.list(quality.stream().map(CommitteeFigures.CompositeRow::name).toList())));
        }
        List<LeagueRow> delivery = tail(DeliverySummary.ranked(f.deliveryProvinces()), 3);
        if (!delivery.isEmpty()) {
            proposals.add(t("report.propose.delivery", deliveryNames(delivery)));
        }
        proposals.add(t("report.propose.next"));
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            numbered.add((i + 1) + ". " + proposals.get(i));
        }
        return numbered;
    }

    private String deliveryNames(List<LeagueRow> rows) {
        return rows.isEmpty() ? t("report.assess.none") : text.list(rows.stream()
                .map(r -> r.index().unitName() + " (" + t("report.assess.points", ReportText.one(r.index().score())) + ")").toList());
    }

    private String names(List<CommitteeFigures.CompositeRow> rows, Function<CommitteeFigures.CompositeRow, String> figure) {
        return rows.isEmpty() ? t("report.assess.none")
                : text.list(rows.stream().map(r -> r.name() + " (" + figure.apply(r) + ")").toList());
    }

    private static <T> List<T> head(List<T> rows, int count) {
        return rows.subList(0, Math.min(count, rows.size()));
    }

    /** The last {@code count} rows, last first, not repeating the head when the list is short. */
    private static <T> List<T> tail(List<T> rows, int count) {
        List<T> tail = new ArrayList<>(rows.subList(Math.max(Math.min(count, rows.size() / 2), rows.size() - count), rows.size()));
        java.util.Collections.reverse(tail);
        return tail;
    }

    private String rateChange(Double then, Double now) {
        return then == null || now == null ? t("report.change.unknown") : text.change(now - then, true);
    }

    private String percent(Double rate) {
        return rate == null ? t("report.tasks.noneDue") : ReportText.one(rate) + "%";
    }

    private String t(String key, Object... args) {
        return text.t(key, args);
    }
}
