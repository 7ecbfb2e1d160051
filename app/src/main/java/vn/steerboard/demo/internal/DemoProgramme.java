package vn.steerboard.demo.internal;

import static vn.steerboard.demo.internal.DemoTaskDrafts.LAST_EVENT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.steerboard.demo.internal.DemoTaskDrafts.Draft;
import vn.steerboard.programme.ProgrammeImport;
import vn.steerboard.programme.ProgrammeRecords.Acceptance;
import vn.steerboard.programme.ProgrammeRecords.History;
import vn.steerboard.programme.ProgrammeRecords.PlanRecord;
import vn.steerboard.programme.ProgrammeRecords.ProgrammeRecord;
import vn.steerboard.programme.ProgrammeRecords.Report;
import vn.steerboard.programme.ProgrammeRecords.Review;
import vn.steerboard.programme.ProgrammeRecords.Revision;
import vn.steerboard.programme.ProgrammeRecords.TaskRecord;
import vn.steerboard.programme.ReviewDecision;
import vn.steerboard.programme.TaskRules;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The demo programme (Resolution 57-NQ/TW): the tasks {@link DemoTaskDrafts} generates, with their reports,
 * decisions and revisions, brought in through programme's {@link ProgrammeImport}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoProgramme implements ApplicationRunner {

    static final String CODE = "NQ57";
    private static final Logger log = LoggerFactory.getLogger(DemoProgramme.class);

    private final ProgrammeImport programmes;
    private final Registry registry;

    DemoProgramme(ProgrammeImport programmes, Registry registry) {
        this.programmes = programmes;
        this.registry = registry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (programmes.exists(CODE)) {
            return;
        }
        Random random = new Random(57);
        List<String> provinces = registry.all(OrgUnitType.PROVINCE, null).stream().map(OrgUnit::code).sorted().toList();
        List<Draft> drafts = DemoTaskDrafts.draft(provinces, random);
        OffsetDateTime loaded = LocalDate.of(2025, 1, 9).atStartOfDay(TaskRules.VIETNAM).toOffsetDateTime();
        List<TaskRecord> tasks = new ArrayList<>();
        for (Draft draft : drafts) {
            tasks.add(task(draft, loaded, history(draft, random)));
        }
        programmes.load(programme(), tasks);
        log.info("Demo programme loaded: {} tasks", tasks.size());
    }

    private static ProgrammeRecord programme() {
        return new ProgrammeRecord(CODE,
                "Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
                "Dữ liệu minh họa sinh bằng mã nguồn (DemoProgramme), khớp số liệu báo cáo ngày 15/11/2025: 944 nhiệm vụ,"
                        + " 370 hoàn thành, 176 đang thực hiện trong hạn, tỷ lệ đúng hạn 67%.",
                DemoTaskDrafts.PLANS.stream().map(p -> new PlanRecord(p.code(), p.name(), p.number(), p.date())).toList());
    }

    private static TaskRecord task(Draft d, OffsetDateTime loaded, History history) {
        String verb = DemoTaskDrafts.VERBS[Math.floorMod(d.code.hashCode(), DemoTaskDrafts.VERBS.length)];
        String subject = DemoTaskDrafts.SUBJECTS[Math.floorMod(d.code.hashCode() * 31 + 7, DemoTaskDrafts.SUBJECTS.length)];
        String title = verb + " " + subject;
        boolean revised = d.revisedTo != null && !d.revisedOn.isAfter(LAST_EVENT);
        LocalDate currentDeadline = revised ? d.revisedTo : d.deadline;
        LocalDate missed = d.revisedTo != null && d.revisedOn.isAfter(d.deadline) ? d.deadline : null;
        Acceptance acceptance = d.accepted == null ? null : new Acceptance(d.accepted, at(d.accepted), acceptor(d));
        return new TaskRecord(d.code, d.plan.code(), title, "Nhiệm vụ theo " + d.plan.number(), d.person, d.start,
                currentDeadline, d.deadline, d.lead, d.approver, d.deliverable, d.plan.number(), d.plan.date(),
                d.assigned, d.firstReport, d.percent, d.awaiting, acceptance, missed, loaded, history);
    }

    private static String acceptor(Draft d) {
        return d.approver != null && d.approver.length() == 2 ? "leader." + d.approver : "admin";
    }

    private static History history(Draft d, Random random) {
        String reporter = d.lead.toLowerCase() + ".officer";
        List<Report> reports = new ArrayList<>();
        if (d.firstReport != null) {
            int first = d.accepted != null || d.awaiting ? Math.min(50, d.percent) : d.percent;
            reports.add(new Report(d.firstReport, first, "Đang triển khai theo kế hoạch", null, null, reporter,
                    at(d.firstReport)));
            if (d.percent == 100) {
                LocalDate last = d.accepted != null ? d.accepted : d.firstReport.plusDays(1);
                reports.add(new Report(last, 100, "Đã hoàn thành, đề nghị nghiệm thu", "DOCUMENT",
                        "Báo cáo kết quả số " + (100 + Math.floorMod(d.code.hashCode(), 800)) + "/BC ngày "
                                + last.getDayOfMonth() + "/" + last.getMonthValue() + "/" + last.getYear(),
                        reporter, at(last).minusHours(2)));
            }
        }
        List<Review> reviews = d.accepted == null ? List.of()
                : List.of(new Review(ReviewDecision.ACCEPTED, d.accepted, null, acceptor(d), at(d.accepted)));
        List<Revision> revisions = d.revisedTo == null || d.revisedOn.isAfter(LAST_EVENT) ? List.of()
                : List.of(new Revision(d.deadline, d.revisedTo, d.revisedOn, "Điều chỉnh theo đề nghị của cơ quan chủ trì",
                        "admin", at(d.revisedOn)));
        List<String> coordinators = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String coordinator = DemoTaskDrafts.CENTRAL[random.nextInt(DemoTaskDrafts.CENTRAL.length)];
            if (!coordinator.equals(d.lead)) {
                coordinators.add(coordinator);
            }
        }
        return new History(reports, reviews, revisions, coordinators);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(15, 0)).atZone(TaskRules.VIETNAM).toOffsetDateTime();
    }
}
