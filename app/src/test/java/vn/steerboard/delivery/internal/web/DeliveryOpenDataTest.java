package vn.steerboard.delivery.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;

/**
 * Item 7, open data: the index's totals without sign-in, as CSV (UTF-8 with a byte-order mark, formula-safe cells)
 * and JSON, the nation and, as deep as the ADMIN publishes, provinces and ministries; aggregates only; the depth is
 * the ADMIN's to change, audited, and refused to anyone else.
 */
@IntegrationTest
class DeliveryOpenDataTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTotalsArePublishedAsDeepAsTheAdminChoosesAndNothingPersonal() {
        Api anonymous = Api.anonymous(port);
        byte[] csv = anonymous.download("/open/delivery.csv");
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("unit_code,unit_name,level,period,score,points,possible,rank,dossiers");
        assertThat(text).contains("VN,Toàn quốc,NATIONAL,", "01,Thành phố Hà Nội,PROVINCE,", ",CENTRAL,");
        assertThat(count(lines, ",PROVINCE,")).isEqualTo(34 * 13);
        assertThat(count(lines, ",COMMUNE,")).isZero();
        // aggregates only: no dossier, no applicant, not even a masked one
        assertThat(text).doesNotContain("T16-", "Nguyễn", "001190", "***");

        JsonNode json = anonymous.get("/open/delivery.json").json();
        assertThat(json.size()).isEqualTo(lines.size() - 1);
        assertThat(json.get(0).get("unitCode").asString()).isEqualTo("VN");
        JsonNode nation = null;
        for (JsonNode row : json) {
            if (row.get("unitCode").asString().equals("VN") && row.get("period").asString().equals("2026")) {
                nation = row;
            }
        }
        assertThat(nation).isNotNull();
        assertThat(nation.get("dossiers").asLong()).isPositive();
        assertThat(nation.get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(nation.has("applicantName")).isFalse();

        Api admin = Api.as(port, DemoFacts.ADMIN);
        assertThat(Api.as(port, DemoFacts.HANOI_LEADER).put("/api/admin/delivery/publication", Map.of("level", "NATIONAL"))
                .status()).isEqualTo(403);
        Api.Reply bad = admin.put("/api/admin/delivery/publication", Map.of("level", "=cmd|' /C calc'!A0"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("level");
        long audited = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'PUBLICATION_CHANGED' AND entity_id = 'delivery'")
                .query(Long.class).single();
        try {
            assertThat(admin.put("/api/admin/delivery/publication", Map.of("level", "NATIONAL")).status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'PUBLICATION_CHANGED' AND entity_id = 'delivery'")
                    .query(Long.class).single()).isEqualTo(audited + 1);
            JsonNode national = anonymous.get("/open/delivery.json").json();
            List<String> levels = new ArrayList<>();
            national.forEach(row -> levels.add(row.get("level").asString()));
            assertThat(levels).isNotEmpty().containsOnly("NATIONAL").hasSize(13);
        } finally {
            admin.put("/api/admin/delivery/publication", Map.of("level", "PROVINCE"));
        }
    }

    @Test
    void aTextASpreadsheetWouldRunStaysText() {
        assertThat(OpenDeliveryData.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(OpenDeliveryData.safe("+1")).isEqualTo("'+1");
        assertThat(OpenDeliveryData.safe("-1")).isEqualTo("'-1");
        assertThat(OpenDeliveryData.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(OpenDeliveryData.safe("Tỉnh Quảng Trị")).isEqualTo("Tỉnh Quảng Trị");
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(l -> l.contains(part)).count();
    }
}
