package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** The programme's figures, rankings, lists and changes through real HTTP on the real database. */
@IntegrationTest
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    vn.steerboard.common.VietnamTime time;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskFigures figures;

    @Test
    void theDemoProgrammeReproducesTheCommitteeReportOf15November2025() {
        JsonNode summary = Api.as(port, DemoFacts.VIEWER).get("/api/tasks/summary?asOf=2025-11-15").json();
        assertThat(summary.get("total").asLong()).isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
        assertThat(summary.get("completed").asLong()).isEqualTo(DemoFacts.COMPLETED_ON_REPORT_DAY);
        assertThat(summary.get("inProgressWithinDeadline").asLong()).isEqualTo(DemoFacts.IN_PROGRESS_ON_REPORT_DAY);
        assertThat(summary.get("onTimeCompletionRate").asDouble()).isEqualTo(DemoFacts.ON_TIME_RATE_ON_REPORT_DAY);
        assertThat(summary.get("completedOnTime").asLong() + summary.get("completedLate").asLong()
                + summary.get("inProgressWithinDeadline").asLong() + summary.get("overdue").asLong()
                + summary.get("notStarted").asLong()).isEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
    }

    @Test
    void otherDatesGiveTheirOwnFigures() {
        Api viewer = Api.as(port, DemoFacts.VIEWER);
        JsonNode june = viewer.get("/api/tasks/summary?asOf=2025-06-30").json();
        JsonNode later = viewer.get("/api/tasks/summary?asOf=2026-06-30").json();
        assertThat(june.get("total").asLong()).isLessThanOrEqualTo(DemoFacts.TASKS_ON_REPORT_DAY);
        assertThat(june.get("completed").asLong()).isLessThan(DemoFacts.COMPLETED_ON_REPORT_DAY);
        assertThat(later.get("total").asLong()).isGreaterThan(DemoFacts.TASKS_ON_REPORT_DAY);
        assertThat(later.get("completed").asLong()).isGreaterThan(DemoFacts.COMPLETED_ON_REPORT_DAY);
        assertThat(viewer.get("/api/tasks/summary?asOf=2025-11-15&unit=01").json().get("total").asLong())
                .isBetween(1L, 943L);
    }

    @Test
    void theSqlFiguresAgreeWithTheRulesTaskByTask() {
        Map<Long, TaskFacts> facts = new HashMap<>();
        Map<Long, List<TaskFacts.Revision>> revisions = new HashMap<>();
        jdbc.sql("SELECT task_id, revised_on, previous_deadline, new_deadline FROM task_deadline_revision ORDER BY revised_on, id")
                .query(rs -> {
                    revisions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new TaskFacts.Revision(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        jdbc.sql("SELECT * FROM task").query(rs -> {
            long id = rs.getLong("id");
            facts.put(id, new TaskFacts(rs.getObject("assigned_on", LocalDate.class), rs.getObject("start_date", LocalDate.class),
                    rs.getObject("first_reported_on", LocalDate.class), rs.getObject("original_deadline", LocalDate.class),
                    revisions.getOrDefault(id, List.of()), rs.getObject("accepted_on", LocalDate.class)));
        });
        assertThat(revisions).isNotEmpty();
        for (LocalDate day : List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 10),
                LocalDate.of(2026, 4, 30), LocalDate.of(2026, 11, 22))) {
            long[] expected = new long[TaskStatus.values().length];
            long overdueDays = 0;
            for (TaskFacts task : facts.values()) {
                TaskRules.statusOn(task, day).ifPresent(status -> expected[status.ordinal()]++);
                overdueDays += TaskRules.daysOverdue(task, day);
            }
            StatusCounts counts = figures.summary(day, null);
            for (TaskStatus status : TaskStatus.values()) {
                assertThat(counts.count(status)).as(status + " on " + day).isEqualTo(expected[status.ordinal()]);
            }
            assertThat(counts.overdueDays()).as("days overdue on " + day).isEqualTo(overdueDays);
        }
    }

    @Test
    void provincesAreRankedByOnTimeRateWithTheirCommunesCountedIn() {
        JsonNode ranking = Api.as(port, DemoFacts.VIEWER).get("/api/tasks/ranking?league=PROVINCES&asOf=2025-11-15").json();
        assertThat(ranking.size()).isEqualTo(34);
        double previous = 101;
        boolean unrankedSeen = false;
        for (JsonNode row : ranking) {
            JsonNode score = row.get("counts").get("onTimeRankingScore");
            if (row.get("counts").get("due").asLong() > 0) {
                assertThat(unrankedSeen).as("ranked rows come before unranked ones").isFalse();
                assertThat(score.asDouble()).isLessThanOrEqualTo(previous)
                        .isLessThanOrEqualTo(row.get("counts").get("onTimeRate").asDouble());
                previous = score.asDouble();
                assertThat(row.get("rank").asInt()).isPositive();
                assertThat(row.get("ranked").asBoolean()).isTrue();
            } else {
                unrankedSeen = true;
                assertThat(score.isNull()).isTrue();
                assertThat(row.get("rank").asInt()).isZero();
            }
        }
        long hanoiInRanking = 0;
        for (JsonNode row : ranking) {
            if (row.get("unitCode").asString().equals("01")) {
                JsonNode c = row.get("counts");
                hanoiInRanking = c.get("completedOnTime").asLong() + c.get("completedLate").asLong() + c.get("inProgress").asLong()
                        + c.get("overdue").asLong() + c.get("notStarted").asLong();
            }
        }
        assertThat(hanoiInRanking).isEqualTo(Api.as(port, DemoFacts.VIEWER).get("/api/tasks/summary?asOf=2025-11-15&unit=01")
                .json().get("total").asLong());
        JsonNode communes = Api.as(port, DemoFacts.HANOI_LEADER).get("/api/tasks/ranking?league=COMMUNES&parent=01&asOf=2025-11-15&since=2025-10-31").json();
        assertThat(communes.size()).isGreaterThan(100);
        long nothingDue = 0;
        for (JsonNode row : communes) {
            if (row.get("counts").get("due").asLong() == 0) {
                nothingDue++;
                assertThat(row.get("ranked").asBoolean()).as(row.get("unitCode").asString()).isFalse();
                assertThat(row.get("rankChange").isNull()).isTrue();
            } else if (row.get("previousRank").asInt() > 0) {
                assertThat(row.get("rankChange").asInt()).isEqualTo(row.get("previousRank").asInt() - row.get("rank").asInt());
            }
        }
        assertThat(nothingDue).as("Hà Nội communes with nothing due, listed unranked").isPositive();
        assertThat(Api.as(port, DemoFacts.VIEWER).get("/api/tasks/ranking?league=COMMUNES&asOf=2025-11-15").status()).isEqualTo(400);
    }

    @Test
    void overdueListIsSortedByDaysOverdueAndDueSoonByDeadline() {
        JsonNode overdue = Api.as(port, DemoFacts.ADMIN).get("/api/tasks/overdue?asOf=2025-11-15&size=500").json();
        assertThat(overdue.get("totalElements").asLong()).isEqualTo(93);
        long previous = Long.MAX_VALUE;
        for (JsonNode task : overdue.get("content")) {
            assertThat(task.get("status").asString()).isEqualTo("OVERDUE");
            assertThat(task.get("daysOverdue").asLong()).isPositive().isLessThanOrEqualTo(previous);
            previous = task.get("daysOverdue").asLong();
        }
        JsonNode due = Api.as(port, DemoFacts.ADMIN).get("/api/tasks/due?days=30&asOf=2025-11-15&size=500").json();
        assertThat(due.get("totalElements").asLong()).isPositive();
        for (JsonNode task : due.get("content")) {
            LocalDate deadline = LocalDate.parse(task.get("deadline").asString());
            assertThat(deadline).isBetween(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 12, 15));
        }
    }

    @Test
    void aCommuneOfficerSeesOnlyItsOwnTasks() {
        Api officer = Api.as(port, DemoFacts.BADINH_OFFICER);
        JsonNode mine = officer.get("/api/tasks?asOf=2025-11-15&size=500").json();
        assertThat(mine.get("totalElements").asLong()).isPositive();
        for (JsonNode task : mine.get("content")) {
            assertThat(task.get("leadUnit").asString()).isEqualTo(DemoFacts.BA_DINH);
        }
        assertThat(officer.get("/api/tasks?unit=00008").status()).isEqualTo(403);
        assertThat(officer.get("/api/tasks?unit=01").status()).isEqualTo(403);
        long foreignTask = jdbc.sql("SELECT MIN(id) FROM task WHERE lead_unit = '00008'").query(Long.class).single();
        assertThat(officer.get("/api/tasks/" + foreignTask).status()).isEqualTo(403);
        Api.Reply refused = officer.post("/api/tasks/" + foreignTask + "/reports", Map.of("percent", 50, "note", "x"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ACCESS_DENIED' AND actor = 'badinh.officer'"
                + " AND entity_type = 'task'").query(Long.class).single()).isPositive();
    }

    /** Ba Đình's "Chờ nghiệm thu" count on the summary, as of today unless the query says otherwise. */
    private static long awaiting(Api api, String query) {
        return api.get("/api/tasks/summary?unit=" + DemoFacts.BA_DINH + query).json().get("awaitingAcceptance").asLong();
    }

    private static Map<String, Object> draft(String code, String lead, String approver, String start, String deadline) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("code", code);
        draft.put("planCode", DemoFacts.PLAN_2026);
        draft.put("title", "Số hóa hồ sơ hộ tịch của phường");
        draft.put("responsiblePerson", "Trần Thị Bình");
        draft.put("startDate", start);
        draft.put("deadline", deadline);
        draft.put("leadUnit", lead);
        draft.put("coordinatingUnits", List.of("BCA"));
        draft.put("approverUnit", approver);
        draft.put("deliverable", "Cơ sở dữ liệu hộ tịch đưa vào vận hành");
        draft.put("sourceNumber", "01/KH-BCĐ");
        draft.put("sourceDate", "2026-01-05");
        return draft;
    }

    @Test
    void onlyTheLeadAgencyReportsAndOnlyTheApprovingLeaderAccepts() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply created = admin.post("/api/tasks", draft("TEST-ACCEPT-1", DemoFacts.BA_DINH, "01", "2026-02-01", "2027-12-31"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks", draft("TEST-X", DemoFacts.BA_DINH, "01", null, null)).status())
                .isEqualTo(403);

        Api.Reply noEvidence = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports", Map.of("percent", 100));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.json().get("parameter").asString()).isEqualTo("evidence");
        Api.Reply badLink = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports",
                Map.of("percent", 100, "evidenceKind", "LINK", "evidenceReference", "javascript:alert(1)"));
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(Api.as(port, DemoFacts.NGOCHA_OFFICER).post("/api/tasks/" + id + "/reports", Map.of("percent", 10)).status())
                .isEqualTo(403);
        long waitingBefore = awaiting(admin, "");
        long waitingTheDayBefore = awaiting(admin, "&asOf=" + time.today().minusDays(1));
        Api.Reply reported = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports",
                Map.of("percent", 100, "note", "Đã đưa vào vận hành", "evidenceKind", "LINK",
                        "evidenceReference", "https://badinh.hanoi.gov.vn/ho-tich"));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        // "Chờ nghiệm thu" counts it from the day of the 100% report, not before
        assertThat(awaiting(admin, "")).isEqualTo(waitingBefore + 1);
        assertThat(awaiting(admin, "&asOf=" + time.today().minusDays(1))).isEqualTo(waitingTheDayBefore);
        assertThat(reported.json().get("awaitingAcceptance").asBoolean()).isTrue();
        long shown = reported.json().get("version").asLong();

        assertThat(Api.as(port, DemoFacts.HANOI_OFFICER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED",
                "version", shown)).status()).isEqualTo(403);
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED",
                "version", shown)).status()).isEqualTo(403);
        // a decision must name the version it was shown
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED"))
                .status()).isEqualTo(428);
        Api.Reply rejected = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + id + "/acceptance",
                Map.of("decision", "REJECTED", "reason", "Thiếu biên bản nghiệm thu", "version", shown));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("awaitingAcceptance").asBoolean()).isFalse();
        assertThat(awaiting(admin, "")).as("returned: no longer waiting").isEqualTo(waitingBefore);
        assertThat(rejected.json().get("reviews").get(0).get("reason").asString()).isEqualTo("Thiếu biên bản nghiệm thu");

        long again = Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/tasks/" + id + "/reports", Map.of("percent", 100, "evidenceKind",
                "DOCUMENT", "evidenceReference", "Biên bản nghiệm thu số 12/BB-UBND ngày 20/11/2026")).json().get("version").asLong();
        assertThat(awaiting(admin, "")).as("reported again: waiting again").isEqualTo(waitingBefore + 1);
        Api.Reply accepted = Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + id + "/acceptance", Map.of("decision", "ACCEPTED",
                "version", again));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(awaiting(admin, "")).as("accepted").isEqualTo(waitingBefore);
        // as of today the count from the history agrees with the tasks' own flag, across the whole programme
        assertThat(admin.get("/api/tasks/summary").json().get("awaitingAcceptance").asLong()).isEqualTo(jdbc.sql(
                "SELECT COUNT(*) FROM task WHERE awaiting_acceptance AND accepted_on IS NULL").query(Long.class).single());
        assertThat(accepted.json().get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(accepted.json().get("acceptedOn").asString()).isEqualTo(time.today().toString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'task' AND entity_id = 'TEST-ACCEPT-1'"
                + " AND action IN ('CREATE', 'REPORT_PROGRESS', 'REJECT', 'ACCEPT')").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void deadlinesAreRevisedOnlyByAdminWithAReasonAndTheHistoryIsKept() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        long id = admin.post("/api/tasks", draft("TEST-REVISE-1", "01", "01", "2026-01-10", "2026-03-31")).json().get("id").asLong();
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).post("/api/tasks/" + id + "/deadline",
                Map.of("deadline", "2027-03-31", "reason", "x")).status()).isEqualTo(403);
        Api.Reply noReason = admin.post("/api/tasks/" + id + "/deadline", Map.of("deadline", "2027-03-31"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("parameter").asString()).isEqualTo("reason");
        Api.Reply revised = admin.post("/api/tasks/" + id + "/deadline",
                Map.of("deadline", "2027-03-31", "reason", "Chờ hướng dẫn của Bộ Công an"));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode detail = revised.json();
        assertThat(detail.get("revisions").size()).isEqualTo(1);
        // revised today (after 31/03/2026 had passed): the old deadline stays binding
        assertThat(detail.get("revisions").get(0).get("late").asBoolean()).isTrue();
        assertThat(detail.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(detail.get("deadlineInForce").asString()).isEqualTo("2027-03-31");
    }

    @Test
    void badTaskInputNamesTheFieldAndValue() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Api.Reply backwards = admin.post("/api/tasks", draft("TEST-BAD-1", "01", "01", "2026-05-01", "2026-04-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("parameter").asString()).isEqualTo("deadline");
        assertThat(backwards.json().get("detail").asString()).contains("2026-04-01");
        Api.Reply unknownUnit = admin.post("/api/tasks", draft("TEST-BAD-2", "99999", "01", null, null));
        assertThat(unknownUnit.json().get("parameter").asString()).isEqualTo("leadUnit");
        Api.Reply duplicate = admin.post("/api/tasks", draft("KH02-001", "01", "01", null, null));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("detail").asString()).contains("already exists");
        assertThat(admin.get("/api/tasks/summary?asOf=2025-13-01").status()).isEqualTo(400);
    }
}
