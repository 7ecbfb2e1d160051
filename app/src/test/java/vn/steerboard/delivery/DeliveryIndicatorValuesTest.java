package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.steerboard.delivery.DeliveryEventsApiTest.event;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestFixtures;
import vn.steerboard.support.TestProcedures;

/**
 * Item 6, connected, through real HTTP: events posted to the delivery API become the values of the indicators of the
 * fully-online share (3.0) and of the online-dossier share, for the commune and its province, approved and official,
 * without anyone typing them, a moment after the batch (the background records them; nobody asks); a late withdrawal
 * moves them; nobody can submit them by hand; a unit's standing in its
 * league is there for the committee's pages.
 */
@IntegrationTest
class DeliveryIndicatorValuesTest {

    static final String QUANG_TRI = TestFixtures.unit("44", "DeliveryIndicatorValuesTest");
    static final String DONG_THUAN = TestFixtures.unit("18859", "DeliveryIndicatorValuesTest");
    static final String DONG_SON = TestFixtures.unit("18871", "DeliveryIndicatorValuesTest");
    static final String ELIGIBLE = "T16.IF.P1";
    static final String NOT_ELIGIBLE = "T16.IF.P2";
    static final String MONTH = TestFixtures.MONTH;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryEvents events;

    @BeforeEach
    void procedures() {
        TestProcedures.put(port, List.of(TestProcedures.commune(ELIGIBLE, "Thủ tục thử chỉ tiêu " + ELIGIBLE, true),
                TestProcedures.commune(NOT_ELIGIBLE, "Thủ tục thử chỉ tiêu " + NOT_ELIGIBLE, false)));
    }

    private static Map<String, Object> received(String dossier, String unit, String procedure, String channel,
            boolean fullyOnline, String day) {
        return event("DOSSIER_RECEIVED", dossier, unit, MONTH + "-" + day + "T09:00:00+07:00", "procedure", procedure,
                "channel", channel, "workingDays", 5, "fullyOnline", fullyOnline);
    }

    @Test
    void postedEventsBecomeTheIndicatorsValuesAndMoveWithALateCorrection() {
        Api admin = Api.as(port, "admin");
        List<Map<String, Object>> batch = List.of(
                received("T16-IF-1", DONG_THUAN, ELIGIBLE, "ONLINE", true, "02"),
                received("T16-IF-2", DONG_THUAN, ELIGIBLE, "IN_PERSON", false, "03"),
                received("T16-IF-3", DONG_THUAN, NOT_ELIGIBLE, "ONLINE", false, "04"),
                received("T16-IF-4", DONG_SON, ELIGIBLE, "ONLINE", true, "05"));
        Api.Reply posted = admin.post("/api/delivery/events", batch, "Idempotency-Key", "t16-indicator-feed-1");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        awaitTheBackground();

        // Đông Thuận: 1 of its 2 eligible dossiers fully online; 2 of 3 received online
        assertThat(value("DVC_TOAN_TRINH", DONG_THUAN)).isEqualTo(50.0);
        assertThat(value("DVC_HS_TRUC_TUYEN_TL", DONG_THUAN)).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.1));
        // the province: its communes' dossiers together, 2 of 3 eligible, 3 of 4 online
        assertThat(value("DVC_TOAN_TRINH", QUANG_TRI)).isCloseTo(66.67, org.assertj.core.api.Assertions.within(0.1));
        assertThat(value("DVC_HS_TRUC_TUYEN_TL", QUANG_TRI)).isEqualTo(75.0);
        assertThat(jdbc.sql("SELECT status || ' ' || channel FROM submission WHERE data_set_code = 'DVC_766' AND unit_code = ?"
                + " AND period = ?").params(DONG_THUAN, MONTH).query(String.class).single()).isEqualTo("APPROVED SYSTEM:delivery");

        // the dossier received in person is withdrawn later: it no longer counts, the values follow
        Api.Reply late = admin.post("/api/delivery/events", List.of(event("STATUS_CHANGED", "T16-IF-2", DONG_THUAN,
                MONTH + "-06T10:00:00+07:00", "status", "WITHDRAWN")), "Idempotency-Key", "t16-indicator-feed-2");
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        events.recordIndicatorValues(); // the months the withdrawal moved, recorded now rather than a moment later
        assertThat(events.indicatorValuesPending()).isZero();
        assertThat(value("DVC_TOAN_TRINH", DONG_THUAN)).isEqualTo(100.0);
        assertThat(value("DVC_TOAN_TRINH", QUANG_TRI)).isEqualTo(100.0);
        assertThat(value("DVC_HS_TRUC_TUYEN_TL", DONG_THUAN)).isEqualTo(100.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM data_value WHERE element_code = 'DVC_HS_TONG' AND unit_code IN (?, ?)"
                + " AND period = ?").params(DONG_THUAN, DONG_SON, MONTH).query(Long.class).single()).isEqualTo(2);

        // typed by hand: refused, naming the data set and the system its values come from
        Api.Reply typed = admin.post("/api/indicators/submissions", Map.of("dataSet", "DVC_766", "unit", DONG_THUAN,
                "period", MONTH, "values", Map.of("DVC_HS_TONG", 99)));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body()).contains("\"column\":\"dataSet\"", "delivery");
        assertThat(value("DVC_TOAN_TRINH", DONG_THUAN)).isEqualTo(100.0);
    }

    @Test
    void aUnitsStandingInItsLeagueForTheCommittee() {
        Api.Reply standing = Api.as(port, "admin").get("/api/delivery/index/" + QUANG_TRI + "/standing?period=2026");
        assertThat(standing.status()).as(standing.body()).isEqualTo(200);
        assertThat(standing.json().get("league").asString()).isEqualTo("PROVINCES");
        assertThat(standing.json().get("members").asInt()).isEqualTo(34);
        assertThat(standing.json().get("rank").asInt()).isBetween(1, standing.json().get("ranked").asInt());
        Api.Reply commune = Api.as(port, "admin").get("/api/delivery/index/" + DONG_THUAN + "/standing?period=2026");
        assertThat(commune.json().get("league").asString()).isEqualTo("COMMUNES");
        assertThat(commune.json().get("province").asString()).isEqualTo(QUANG_TRI);
    }

    /** Waits, without asking for it, until the background has recorded the months the batches marked. */
    private void awaitTheBackground() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (events.indicatorValuesPending() > 0) {
            assertThat(System.nanoTime()).as("the background records the marked months a moment after the batch")
                    .isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Double value(String indicator, String unit) {
        Api.Reply reply = Api.as(port, "admin").get("/api/indicators/" + indicator + "/value?unit=" + unit + "&period=" + MONTH
                + "&official=true");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("value").isNull() ? null : reply.json().get("value").asDouble();
    }
}
