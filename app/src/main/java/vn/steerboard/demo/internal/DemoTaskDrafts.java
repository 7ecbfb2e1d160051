package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo programme's tasks, generated (seeded, so every start gives the same data) to mirror the Steering
 * Committee's report of 15 November 2025: 944 tasks across ministries and provinces, of which, as of that day, 370
 * completed (310 on time, 60 late), 176 in progress within deadline, 93 overdue and 305 not yet started;
 * 310 ÷ (370 + 93) = 67.0% on time. Acceptances, revisions and new 2026 tasks after that day make every other date
 * give its own figures. {@link DemoProgramme} turns the drafts into programme records.
 */
final class DemoTaskDrafts {

    static final LocalDate REPORT_DAY = LocalDate.of(2025, 11, 15);
    /** The last day the demo records any event on, so the data does not depend on the day it is loaded. */
    static final LocalDate LAST_EVENT = LocalDate.of(2026, 10, 31);
    static final int ON_TIME = 310;
    static final int LATE = 60;
    static final int IN_PROGRESS = 176;
    static final int OVERDUE = 93;
    static final int NOT_STARTED = 305;
    static final int NEW_IN_2026 = 80;

    static final String[] CENTRAL = {"BKHCN", "BCA", "BTC", "BNV", "BTP", "BCT", "BGDDT", "BYT", "BXD",
        "BNNMT", "BVHTTDL", "BQP", "BNG", "BDTTG", "NHNN", "TTCP", "VPCP"};
    static final String[] SUBJECTS = {"cơ sở dữ liệu quốc gia về dân cư", "hệ thống thông tin giải quyết thủ tục hành chính",
        "nền tảng chia sẻ, tích hợp dữ liệu", "cơ sở dữ liệu đất đai", "hồ sơ sức khỏe điện tử", "văn bằng, chứng chỉ số",
        "chữ ký số công cộng", "trung tâm dữ liệu", "mạng 5G", "dịch vụ công trực tuyến toàn trình", "cơ sở dữ liệu doanh nghiệp",
        "sổ sức khỏe điện tử", "học bạ số", "bệnh án điện tử", "định danh và xác thực điện tử VNeID", "thanh toán không dùng tiền mặt",
        "cơ sở dữ liệu hộ tịch", "hệ thống báo cáo Chính phủ", "chuyển đổi số cấp xã", "hạ tầng số dùng chung"};
    static final String[] VERBS = {"Hoàn thiện", "Xây dựng", "Triển khai", "Kết nối, chia sẻ", "Số hóa", "Đưa vào vận hành",
        "Rà soát, làm sạch dữ liệu", "Ban hành quy chế khai thác", "Nâng cấp", "Tổ chức đánh giá"};

    private DemoTaskDrafts() {
    }

    record Plan(String code, String name, String number, LocalDate date) {
    }

    enum Kind { ON_TIME, LATE, IN_PROGRESS, OVERDUE, NOT_STARTED, NEW }

    /** A generated task before it is written. */
    static final class Draft {
        String code;
        Plan plan;
        String lead;
        String approver;
        String person;
        String deliverable;
        LocalDate assigned;
        LocalDate start;
        LocalDate deadline;
        LocalDate accepted;
        LocalDate revisedOn;
        LocalDate revisedTo;
        LocalDate firstReport;
        int percent;
        boolean awaiting;
        Kind kind;
    }

    static final List<Plan> PLANS = List.of(
            new Plan("NQ57-CP03", "Chương trình hành động của Chính phủ thực hiện Nghị quyết 57-NQ/TW", "03/NQ-CP", LocalDate.of(2025, 1, 9)),
            new Plan("NQ57-KH02", "Kế hoạch triển khai của Ban Chỉ đạo Trung ương", "02-KH/BCĐTW", LocalDate.of(2025, 6, 19)),
            new Plan("NQ57-NQ71", "Nghị quyết sửa đổi, bổ sung Chương trình hành động", "71/NQ-CP", LocalDate.of(2025, 4, 1)),
            new Plan("NQ57-KL", "Kết luận của Ban Chỉ đạo tại các phiên họp", "Kết luận BCĐ", LocalDate.of(2025, 3, 5)),
            new Plan("NQ57-KH2026", "Kế hoạch năm 2026", "01/KH-BCĐ", LocalDate.of(2025, 12, 20)));

    /** The drafts, shuffled and numbered, each with its plan and dates; {@code random} goes on to the history. */
    static List<Draft> draft(List<String> provinces, Random random) {
        Map<String, Double> performance = performance(provinces, random);
        List<Draft> drafts = new ArrayList<>();
        addKind(drafts, Kind.ON_TIME, ON_TIME);
        addKind(drafts, Kind.LATE, LATE);
        addKind(drafts, Kind.IN_PROGRESS, IN_PROGRESS);
        addKind(drafts, Kind.OVERDUE, OVERDUE);
        addKind(drafts, Kind.NOT_STARTED, NOT_STARTED);
        addKind(drafts, Kind.NEW, NEW_IN_2026);
        assignLeads(drafts, provinces, random);
        rankDue(drafts, performance, random);
        Collections.shuffle(drafts, random);
        int sequence = 1;
        for (Draft draft : drafts) {
            draft.plan = draft.kind == Kind.NEW ? PLANS.get(4) : PLANS.get(random.nextInt(4));
            draft.code = draft.plan.code().replace("NQ57-", "") + "-" + String.format("%03d", sequence++);
            DemoTaskShapes.shape(draft, random);
        }
        return drafts;
    }

    /** Each unit has a delivery record: due tasks go to the better performers on time more often. */
    private static Map<String, Double> performance(List<String> provinces, Random random) {
        List<String> units = new ArrayList<>(List.of(CENTRAL));
        units.addAll(provinces);
        Map<String, Double> performance = units.stream().collect(Collectors.toMap(Function.identity(),
                unit -> random.nextGaussian()));
        performance.put("00004", 0.8);
        performance.put("00008", -0.5);
        return performance;
    }

    private static void assignLeads(List<Draft> drafts, List<String> provinces, Random random) {
        List<String> hanoiCommunes = List.of("00004", "00008");
        for (Draft draft : drafts) {
            double pick = random.nextDouble();
            draft.lead = pick < 0.04 ? hanoiCommunes.get(random.nextInt(2))
                    : pick < 0.45 ? CENTRAL[random.nextInt(CENTRAL.length)] : provinces.get(random.nextInt(provinces.size()));
        }
    }

    /** Due tasks: sorted by the lead's performance with noise, best first, then handed out on time, late, overdue. */
    private static void rankDue(List<Draft> drafts, Map<String, Double> performance, Random random) {
        List<Draft> due = drafts.stream().filter(d -> d.kind == Kind.ON_TIME || d.kind == Kind.LATE || d.kind == Kind.OVERDUE)
                .collect(Collectors.toList());
        List<Kind> dueKinds = due.stream().map(d -> d.kind).sorted().toList();
        Map<Draft, Double> score = new java.util.IdentityHashMap<>();
        for (Draft d : due) {
            score.put(d, performance.get(d.lead) + random.nextGaussian() * 0.8);
        }
        due.sort(Comparator.comparingDouble(d -> -score.get(d)));
        for (int i = 0; i < due.size(); i++) {
            due.get(i).kind = dueKinds.get(i);
        }
    }

    private static void addKind(List<Draft> drafts, Kind kind, int count) {
        for (int i = 0; i < count; i++) {
            Draft draft = new Draft();
            draft.kind = kind;
            drafts.add(draft);
        }
    }
}
