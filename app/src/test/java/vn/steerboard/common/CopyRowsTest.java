package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.TestDatabase;

/**
 * Typed text streamed through COPY (indicator values' lineage, delivery events' dossier ids and names) is hostile: a
 * tab or newline would split a row, a backslash sequence would become another value ({@code \N} a null, {@code \.}
 * the end of the data). Each must come back exactly as it went in, on the real PostgreSQL.
 */
@IntegrationTest
class CopyRowsTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** Without a database: a field's backslash, tab, newline and carriage return cannot end the field or the row. */
    @Test
    void aFieldCannotEndItsFieldOrRow() {
        assertThat(new CopyRows(1).text("|01|VN|").toString()).isEqualTo("|01|VN|");
        assertThat(new CopyRows(1).text("a\tb\nc\rd\\N").toString()).isEqualTo("a\\tb\\nc\\rd\\\\N");
        assertThat(new CopyRows(1).text("Hà Nội").text(null).value(2.5).bool(true).endRow().toString())
                .isEqualTo("Hà Nội\t\\N\t2.5\tt\n");
    }

    @Test
    void hostileTextComesBackExactlyAsItWentIn() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "COPY is PostgreSQL's; H2 writes by JDBC batch");
        List<String> hostile = Arrays.asList("a\tb", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "\\.",
                "\\.\nnext", "end\\", "\\t\\n", "'; DROP TABLE data_value; --", "=HYPERLINK(\"x\")", "\u202Eevil", "Hà Nội", "",
                null);
        assertThat(roundTrip(hostile, false)).containsExactlyElementsOf(hostile);
        // the same text given as its UTF-8 bytes (how delivery payloads go in), with emoji and a 100,000-byte field
        List<String> bytes = new ArrayList<>(hostile);
        bytes.add("🇻🇳 \"quoted\" \\u00e0 Nguyễn Thị Ánh\t");
        bytes.add("Đắk Lắk\\".repeat(10_000));
        assertThat(roundTrip(bytes, true)).containsExactlyElementsOf(bytes);
    }

    private List<String> roundTrip(List<String> hostile, boolean asBytes) {
        return transactions.execute(status -> {
            jdbc.sql("CREATE TEMPORARY TABLE copy_probe (n BIGINT, t TEXT, b BOOLEAN) ON COMMIT DROP").update();
            CopyRows rows = new CopyRows(1);
            for (int i = 0; i < hostile.size(); i++) {
                rows.value((long) i);
                String text = hostile.get(i);
                if (asBytes) {
                    rows.utf8(text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    rows.text(text);
                }
                rows.bool(i % 2 == 0).endRow();
            }
            rows.copyInto(dataSource, "copy_probe", "n, t, b");
            List<String> read = new ArrayList<>();
            jdbc.sql("SELECT t FROM copy_probe ORDER BY n").query((rs, n) -> rs.getString(1)).list().forEach(read::add);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM copy_probe WHERE b").query(Long.class).single())
                    .isEqualTo((hostile.size() + 1) / 2);
            return read;
        });
    }
}
