package vn.steerboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.steerboard.common.EdgeText;
import vn.steerboard.support.Api;
import vn.steerboard.support.DemoFacts;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TaskDrafts;

/**
 * A bidirectional embedding, override or isolate ("Trojan source": U+202E makes "gnp.exe" read "exe.png") is refused
 * wherever text enters, like a control character: a 400 naming the field (or the row and column of a file), in the
 * reader's language, with nothing stored. Vietnamese text, emoji and the invisible direction marks (U+200E, U+200F,
 * which reorder nothing by themselves) still pass.
 */
@IntegrationTest
class BidiControlsRefusedTest {

    private static final List<String> CONTROLS = List.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
            "\u2067", "\u2068", "\u2069");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyBidiControlIsRefusedAtTheEdgeAndNamedWithItsPosition() {
        for (String control : CONTROLS) {
            String text = "Báo cáo" + control + "exe.fdp";
            assertThat(EdgeText.problem(text)).as(control).contains("bidirectional control U+" + String.format("%04X",
                    (int) control.charAt(0))).contains("position 8");
            assertThat(EdgeText.visible(text)).doesNotContain(control);
        }
        assertThat(EdgeText.problem("Thành phố Hà Nội \u200E\u200F 🇻🇳")).isNull();
    }

    @Test
    void aTaskTitleWithAnOverrideIsA400InVietnameseAndNothingIsStored() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        long tasks = count("SELECT COUNT(*) FROM task");
        for (String field : List.of("title", "responsiblePerson", "description")) {
            Map<String, Object> draft = task("BIDI-" + field.length());
            draft.put(field, "Kế hoạch \u202Efdp.exe");
            Api.Reply reply = admin.inVietnamese().post("/api/tasks", draft);
            assertThat(reply.status()).as(field + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).contains("application/problem+json");
            assertThat(reply.json().get("parameter").asString()).isEqualTo(field);
            assertThat(reply.body()).contains("hướng chữ").contains("U+202E").doesNotContain("\u202E");
        }
        assertThat(count("SELECT COUNT(*) FROM task")).isEqualTo(tasks);
        Map<String, Object> marks = task("BIDI-MARKS");
        marks.put("title", "Kế hoạch \u200Ethử nghiệm");
        assertThat(admin.post("/api/tasks", marks).status()).isEqualTo(201);
    }

    @Test
    void anIsolateInASpreadsheetCellNamesTheRowAndColumnAndImportsNothing() {
        Api admin = Api.as(port, DemoFacts.ADMIN);
        long values = count("SELECT COUNT(*) FROM data_value");
        Api.Reply file = admin.inVietnamese().upload("/api/indicators/import", "bidi.csv",
                ("Mã đơn vị,Kỳ báo cáo,Mã chỉ tiêu dữ liệu,Giá trị\n00004,2009-04,TTHC_TONG,1\n00004,2009-04,\u2066TTHC_TONG,2\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(file.status()).as(file.body()).isEqualTo(400);
        assertThat(file.json().get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(file.json().get("errors").get(0).get("column").asString()).isEqualTo("Mã chỉ tiêu dữ liệu");
        assertThat(file.body()).doesNotContain("\u2066");
        assertThat(count("SELECT COUNT(*) FROM data_value")).isEqualTo(values);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static Map<String, Object> task(String code) {
        return TaskDrafts.valid(code);
    }
}
