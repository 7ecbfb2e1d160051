package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

/** The working-day calendar as reference data through real HTTP: the seed, ADMIN edits with audit, refusals. */
@IntegrationTest
class WorkingCalendarApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theSeedHoldsTetAndTheStatutoryDaysOfEachYearAndMatchesTheUnitTestCalendar() {
        Api viewer = Api.as(port, "viewer");
        assertThat(viewer.get("/api/delivery/calendar?year=2024").body()).contains("2024-02-08", "2024-02-14",
                "2024-04-18", "2024-04-30", "2024-05-01", "2024-09-02", "\"WORKING_DAY\"");
        assertThat(viewer.get("/api/delivery/calendar?year=2025").body()).contains("2025-01-29", "2025-04-07",
                "2025-09-02");
        assertThat(viewer.get("/api/delivery/calendar?year=2026").body()).contains("2026-02-17", "2026-04-27",
                "2026-09-02");
        WorkingDays seeded = WorkingDaysTest.seeded();
        WorkingDays stored = calendar.workingDays();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            assertThat(stored.isWorkingDay(d)).as(d.toString()).isEqualTo(seeded.isWorkingDay(d));
        }
        assertThat(viewer.get("/api/delivery/calendar?year=3000").status()).isEqualTo(400);
    }

    @Test
    void adminNamesAndForgetsADayAuditedAndOthersAreRefused() {
        Api admin = Api.as(port, "admin");
        Map<String, Object> day = Map.of("kind", "DAY_OFF", "nameVi", "Ngày nghỉ thử", "nameEn", "Test day off",
                "source", "test");
        Api.Reply put = admin.put("/api/delivery/calendar/2098-03-04", day);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2098, 3, 4))).isFalse();
        assertThat(audited("2098-03-04")).isEqualTo(1);

        assertThat(Api.as(port, "hanoi.officer").put("/api/delivery/calendar/2098-03-05", day).status()).isEqualTo(403);
        assertThat(Api.as(port, "viewer").delete("/api/delivery/calendar/2098-03-04").status()).isEqualTo(403);

        Api.Reply weekday = admin.put("/api/delivery/calendar/2098-03-05", Map.of("kind", "WORKING_DAY", "nameVi",
                "=HYPERLINK(\"x\")", "nameEn", "x", "source", "x"));
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.json().get("errors").toString()).contains("kind", "nameVi", "=HYPERLINK");

        assertThat(admin.delete("/api/delivery/calendar/2098-03-04").status()).isEqualTo(204);
        assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2098, 3, 4))).isTrue();
        assertThat(audited("2098-03-04")).isEqualTo(2);
        assertThat(admin.delete("/api/delivery/calendar/2098-03-04").status()).isEqualTo(404);
    }

    private long audited(String day) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE entity_type = 'DELIVERY_CALENDAR' AND entity_id = ?"
                + " AND action <> 'ACCESS_DENIED'").param(day).query(Long.class).single();
    }
}
