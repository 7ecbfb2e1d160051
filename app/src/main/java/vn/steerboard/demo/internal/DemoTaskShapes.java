package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.util.Random;
import vn.steerboard.demo.internal.DemoTaskDrafts.Draft;
import vn.steerboard.demo.internal.DemoTaskDrafts.Kind;

import static vn.steerboard.demo.internal.DemoTaskDrafts.LAST_EVENT;
import static vn.steerboard.demo.internal.DemoTaskDrafts.REPORT_DAY;

/**
 * A drafted task's dates, people and reports for its kind (on time, late, in progress, overdue, not started, new in
 * 2026), relative to the report day; the random draws are {@link DemoTaskDrafts}' own, in its order, so the demo
 * stays the same on every start.
 */
final class DemoTaskShapes {

    private static final String[] DELIVERABLES = {"Nghị định trình Chính phủ", "Cơ sở dữ liệu đưa vào vận hành",
        "Hệ thống kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia", "Quyết định phê duyệt", "Báo cáo đánh giá",
        "Thông tư ban hành", "Dịch vụ công trực tuyến toàn trình cung cấp trên Cổng Dịch vụ công quốc gia"};
    private static final String[] PEOPLE = {"Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Quang Minh", "Phạm Thu Hà", "Hoàng Đức Anh",
        "Vũ Thị Lan", "Đặng Quốc Bảo", "Bùi Thanh Tùng", "Đỗ Minh Châu", "Ngô Thị Hồng"};

    private DemoTaskShapes() {
    }

    /** Dates for a task of its kind, relative to the report day. */
    static void shape(Draft d, Random random) {
        LocalDate planDate = d.plan.date();
        d.assigned = planDate.plusDays(random.nextInt(20));
        d.person = random.nextInt(40) == 0 ? null : PEOPLE[random.nextInt(PEOPLE.length)];
        d.deliverable = random.nextInt(45) == 0 ? null : DELIVERABLES[random.nextInt(DELIVERABLES.length)];
        d.approver = d.lead.length() == 5 ? "01" : d.lead.length() == 2 ? d.lead : (random.nextInt(50) == 0 ? null : "VPCP");
        switch (d.kind) {
            case ON_TIME -> onTime(d, random);
            case LATE -> late(d, random);
            case IN_PROGRESS -> inProgress(d, random);
            case OVERDUE -> overdue(d, random);
            case NOT_STARTED -> notStarted(d, random);
            case NEW -> newIn2026(d, random);
        }
        if (d.accepted != null && d.accepted.isAfter(LAST_EVENT)) {
            d.accepted = null;
        }
        if (d.accepted != null && d.approver == null) {
            d.approver = "VPCP";
        }
        reports(d, random);
    }

    private static void onTime(Draft d, Random random) {
        d.start = after(d.assigned, 5 + random.nextInt(30));
        d.deadline = between(random, d.start.plusDays(30), REPORT_DAY.minusDays(3));
        d.accepted = between(random, d.deadline.minusDays(40).isAfter(d.start) ? d.deadline.minusDays(40) : d.start.plusDays(1), d.deadline);
    }

    private static void late(Draft d, Random random) {
        d.start = after(d.assigned, 5 + random.nextInt(20));
        d.deadline = between(random, d.start.plusDays(20), REPORT_DAY.minusDays(40));
        d.accepted = between(random, d.deadline.plusDays(1), REPORT_DAY.minusDays(1));
    }

    private static void inProgress(Draft d, Random random) {
        d.start = random.nextInt(30) == 0 ? null : between(random, d.assigned, REPORT_DAY.minusDays(10));
        d.deadline = between(random, REPORT_DAY, LocalDate.of(2026, 9, 30));
        if (random.nextInt(12) == 0) {
            // extended in time: the old deadline had not yet passed when it was revised
            d.revisedOn = between(random, REPORT_DAY.minusDays(40), REPORT_DAY.minusDays(20));
            d.revisedTo = d.deadline;
            d.deadline = between(random, d.revisedOn.plusDays(1), REPORT_DAY.minusDays(1));
        }
        int outcome = random.nextInt(10);
        LocalDate finalDeadline = d.revisedTo != null ? d.revisedTo : d.deadline;
        if (outcome < 5) {
            d.accepted = between(random, REPORT_DAY.plusDays(1), min(finalDeadline, LAST_EVENT));
        } else if (outcome < 7 && finalDeadline.isBefore(LAST_EVENT)) {
            d.accepted = between(random, finalDeadline.plusDays(1), LAST_EVENT);
        }
    }

    private static void overdue(Draft d, Random random) {
        d.start = after(d.assigned, 5 + random.nextInt(20));
        d.deadline = between(random, d.start.plusDays(20), REPORT_DAY.minusDays(1));
        if (random.nextInt(6) == 0) {
            // extended only after the deadline had passed: the old deadline stays binding
            d.revisedOn = between(random, REPORT_DAY.plusDays(1), REPORT_DAY.plusDays(40));
            d.revisedTo = d.revisedOn.plusDays(60 + random.nextInt(90));
        }
        if (random.nextInt(10) < 7) {
            d.accepted = between(random, REPORT_DAY.plusDays(1), LAST_EVENT);
        }
    }

    private static void notStarted(Draft d, Random random) {
        d.start = between(random, REPORT_DAY.plusDays(1), LocalDate.of(2026, 6, 30));
        d.deadline = between(random, d.start.plusDays(60), LocalDate.of(2027, 6, 30));
        if (d.deadline.isBefore(LAST_EVENT) && random.nextInt(10) < 6) {
            d.accepted = between(random, d.start.plusDays(20), d.deadline);
        }
    }

    private static void newIn2026(Draft d, Random random) {
        d.start = after(d.assigned, 10 + random.nextInt(30));
        d.deadline = between(random, d.start.plusDays(90), LocalDate.of(2027, 12, 31));
        if (random.nextInt(4) == 0 && d.start.plusDays(40).isBefore(LAST_EVENT)) {
            d.accepted = between(random, d.start.plusDays(30), min(d.deadline, LAST_EVENT));
        }
    }

    /** The first report and the progress it shows; some Hà Nội deliverables wait for the city leader's decision. */
    private static void reports(Draft d, Random random) {
        LocalDate started = d.start == null ? d.assigned : d.start;
        LocalDate firstReport = started.plusDays(7 + random.nextInt(30));
        if (d.accepted != null && !firstReport.isBefore(d.accepted)) {
            firstReport = d.accepted.minusDays(1).isBefore(started) ? d.accepted : d.accepted.minusDays(1);
        }
        d.firstReport = firstReport.isAfter(LAST_EVENT) ? null : firstReport;
        if (d.kind == Kind.IN_PROGRESS && d.firstReport != null && d.start != null && d.firstReport.isBefore(d.start)) {
            d.firstReport = d.start;
        }
        d.percent = d.accepted != null ? 100 : d.firstReport == null ? 0 : 10 * (1 + random.nextInt(9));
        if (d.accepted == null && d.firstReport != null && "01".equals(d.approver) && random.nextInt(3) == 0) {
            d.percent = 100;
            d.awaiting = true;
        }
        if (d.kind == Kind.NOT_STARTED && d.firstReport != null && !d.firstReport.isAfter(REPORT_DAY)) {
            d.firstReport = d.start;
        }
    }

    private static LocalDate after(LocalDate day, int days) {
        return day.plusDays(days);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A day from {@code from} to {@code to}, inclusive; {@code from} when the range is empty. */
    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }
}
