package vn.steerboard.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.steerboard.support.Api;
import vn.steerboard.support.IntegrationTest;

/**
 * The period of the delivery pages and API, typed by anyone: a month, a quarter, a year, a range by its first and
 * last months (the form's "custom"). Whatever else comes is a 400 naming the period, with the value echoed only as
 * data (escaped), on the league, its live fragment, a unit's page, its dossiers and the index API; nothing is
 * written, and the pages still answer afterwards.
 */
@IntegrationTest
class DeliveryPeriodParametersTest {

    private static final List<String> HOSTILE_MONTHS = List.of("2026-08&to=2026-03", "2026-13&to=2026-14",
            Api.encode("2026-01'; DROP TABLE delivery_event; --") + "&to=2026-02", "&to=",
            Api.encode("2026-01..2026-02") + "&to=2026-03", "2026-01&to=" + Api.encode("2036-02"),
            Api.encode("2026-01\u0000") + "&to=2026-02", Api.encode("2026-01\u202E") + "&to=2026-02",
            Api.encode("../../etc/passwd") + "&to=2026-02", "9".repeat(5000) + "&to=2026-02",
            Api.encode("<script>alert(1)</script>") + "&to=2026-02");

    private static final List<String> HOSTILE_PERIODS = List.of("2026Q5", "2026-00", "20261", "2026-01..2025-12",
            "2026-01..2036-02", "${7*7}", "#{T(java.lang.Runtime).getRuntime()}", "2026-01'--", "2026\u0000",
            "\u202E2026", "9".repeat(5000), "2026-01..2026-02..2026-03");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCustomRangeThatIsNotTwoMonthsInOrderIsRefusedNamingThePeriod() {
        Api admin = Api.as(port, "admin");
        long events = events();
        for (String months : HOSTILE_MONTHS) {
            for (String page : List.of("/delivery", "/delivery/units/96")) {
                Api.Reply reply = admin.get(page + "?period=custom&from=" + months);
                assertThat(reply.status()).as(page + " " + months).isEqualTo(400);
                // the period, or the month field whose text was refused where it was read (a NUL, a bidi override)
                assertThat(reply.body()).as(months).containsAnyOf("«period»", "«from»").doesNotContain("<script>")
                        .doesNotContain("\u202E").doesNotContain("\u0000");
            }
        }
        assertThat(events()).isEqualTo(events);
        Api.Reply range = admin.get("/delivery?period=custom&from=2026-03&to=2026-08");
        assertThat(range.status()).as(range.body()).isEqualTo(200);
    }

    @Test
    void aPeriodCodeThatIsNoneOfTheFourFormsIsRefusedEverywhereItIsRead() {
        Api admin = Api.as(port, "admin");
        for (String period : HOSTILE_PERIODS) {
            for (String path : List.of("/delivery", "/delivery/live", "/delivery/units/96", "/delivery/units/96/dossiers",
                    "/api/delivery/index/96")) {
                Api.Reply reply = admin.get(path + "?period=" + Api.encode(period));
                assertThat(reply.status()).as(path + " " + period).isEqualTo(400);
                assertThat(reply.body()).as(path + " " + period).doesNotContain("\u202E").doesNotContain("\u0000");
                if (period.contains("7*7")) {
                    assertThat(reply.body()).as("an expression is echoed as data, not evaluated").contains("7*7");
                }
            }
        }
        assertThat(admin.get("/delivery?period=2026Q4").status()).isEqualTo(200);
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_event", Long.class);
    }
}
