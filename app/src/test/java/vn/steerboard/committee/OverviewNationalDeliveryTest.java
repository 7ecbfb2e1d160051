package vn.steerboard.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * The overview's national Decision 766 total beside the leaders and laggards: the nation's index as the delivery
 * module computes it (the same total its open data publishes for the year so far), with its period and as-of day,
 * linking to the delivery league on the same period and day.
 */
@IntegrationTest
class OverviewNationalDeliveryTest {

    private static final Pattern FIGURE = Pattern.compile(
            "<a class=\"figure\" id=\"overview-delivery-nation\" href=\"([^\"]+)\">\\s*<strong>([^<]+)</strong>\\s*<span>([^<]+)</span>");

    @LocalServerPort
    int port;

    @Autowired
    VietnamTime time;

    @Test
    void theOverviewShowsTheNationsTotalOfTheOpenDataWithItsPeriodAndDay() {
        String today = time.today().toString();
        String year = today.substring(0, 4);
        JsonNode nation = null;
        for (JsonNode total : Api.anonymous(port).get("/open/delivery.json").json()) {
            if (total.get("level").asString().equals("NATIONAL") && total.get("period").asString().equals(year)) {
                nation = total;
            }
        }
        assertThat(nation).as("the open data's national total of " + year).isNotNull();
        String page = Api.as(port, DemoFacts.VIEWER).get("/?asOf=" + today).body();
        Matcher figure = FIGURE.matcher(page);
        assertThat(figure.find()).as("the national figure on the overview").isTrue();
        String expected = nation.get("score").isNull() ? "—"
                : String.format(java.util.Locale.ROOT, "%.1f", nation.get("score").asDouble()).replace('.', ',');
        assertThat(figure.group(2).strip()).isEqualTo(expected);
        String day = today.substring(8) + "/" + today.substring(5, 7) + "/" + year;
        assertThat(figure.group(3)).isEqualTo("Toàn quốc: Chỉ số 766 năm " + year + ", số liệu đến ngày " + day);
        assertThat(figure.group(1).replace("&amp;", "&")).isEqualTo("/delivery?period=" + year + "&asOf=" + today);
        assertThat(Api.as(port, DemoFacts.VIEWER).get(figure.group(1).replace("&amp;", "&")).status()).isEqualTo(200);
    }

    @Test
    void onAnEarlierDayTheTotalIsThatDaysAndNamesIt() {
        Matcher figure = FIGURE.matcher(Api.as(port, DemoFacts.ADMIN).get("/?asOf=2025-11-15").body());
        assertThat(figure.find()).isTrue();
        assertThat(figure.group(3)).isEqualTo("Toàn quốc: Chỉ số 766 năm 2025, số liệu đến ngày 15/11/2025");
        assertThat(figure.group(1)).isEqualTo("/delivery?period=2025&amp;asOf=2025-11-15");
        if (!figure.group(2).strip().equals("—")) {
            double score = Double.parseDouble(figure.group(2).strip().replace(',', '.'));
            assertThat(score).isBetween(0.0, 100.0);
        }
        // the published overview has no delivery section: a reader must sign in
        assertThat(Api.anonymous(port).get("/?asOf=2025-11-15").body()).doesNotContain("overview-delivery-nation");
    }
}
