package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.DemoFacts;

/** Alerts reach the lead agency's officers once, however often the job runs. */
@IntegrationTest
class TaskAlertsTest {

    @LocalServerPort
    int port;

    @Autowired
    vn.steerboard.common.VietnamTime time;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private int runAlertJob() throws Exception {
        Object alerts = context.getBean("taskAlerts");
        var evaluate = alerts.getClass().getDeclaredMethod("evaluate", java.time.LocalDate.class);
        evaluate.setAccessible(true);
        return (int) evaluate.invoke(alerts, time.today());
    }

    @Test
    void anOverdueTaskNotifiesTheLeadAgencyOnceEvenAcrossRuns() throws Exception {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        Map<String, Object> draft = new java.util.HashMap<>(Map.of("code", "ALERT-1", "planCode", DemoFacts.PLAN_2026,
                "title", "Cập nhật dữ liệu hộ tịch", "leadUnit", DemoFacts.NGOC_HA, "approverUnit", "01",
                "responsiblePerson", "Lê Minh Châu", "deliverable", "Dữ liệu được cập nhật",
                "sourceDate", "2026-01-05"));
        draft.put("startDate", "2026-01-10");
        draft.put("deadline", time.today().minusDays(3).toString());
        assertThat(admin.post("/api/tasks", draft).status()).isEqualTo(201);

        assertThat(runAlertJob()).isPositive();
        assertThat(runAlertJob()).isZero(); // a second run (or a restart) raises nothing new

        JsonNode mine = Api.as(port, DemoFacts.NGOCHA_OFFICER).get("/api/notifications").json();
        long aboutTask = 0;
        long id = 0;
        for (JsonNode notification : mine) {
            if ("ALERT-1".equals(notification.get("taskCode").asString())) {
                aboutTask++;
                id = notification.get("id").asLong();
                assertThat(notification.get("kind").asString()).isEqualTo("OVERDUE");
                assertThat(notification.get("message").asString()).contains("ALERT-1", "quá hạn");
            }
        }
        assertThat(aboutTask).isEqualTo(1);
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).get("/api/notifications").body()).doesNotContain("ALERT-1");
        // nobody marks another person's notification
        assertThat(Api.as(port, DemoFacts.BADINH_OFFICER).post("/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(Api.as(port, DemoFacts.NGOCHA_OFFICER).post("/api/notifications/" + id + "/read", Map.of()).status()).isEqualTo(204);
    }
}
