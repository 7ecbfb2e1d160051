package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.sql.Dialect;

/**
 * The engine's cheaper PostgreSQL spellings give the same answer as the plain ones they replace, value by value,
 * on the values where they could differ: other scripts' digits, multi-byte letters, a line feed before the end
 * ({@code $} in Java would match there, not in PostgreSQL), empty text and NULL.
 */
class PostgresSpellingsTest {

    static final List<String> VALUES = Arrays.asList(null, "", " ", "0", "12", "001203000001", "00120300000",
            "0012030000011", "00120300000a", "a01203000001", "001203000001\n", "00120300000\n", " 01203000001",
            "00120300000 ", "\t0120300000", "0012030000\r", "١٢٣٤٥٦٧٨٩٠١٢", "０１２３４５６７８９０１", "0012030000é",
            "00120300000é", "-01203000001", "+01203000001", "0012 3000001", "Nguyễn Văn An", " Nguyễn", "An\t",
            "\nAn", "ễ", "00004", "0004", "79", "7", "799");

    /** Each value's answer from both spellings, as "value: plain/cheaper". */
    static List<String> both(Connection pg, String plain, String cheaper) throws Exception {
        String sql = "SELECT v, (" + plain + ") AS plain, (" + cheaper + ") AS cheaper FROM unnest(?::text[]) AS t(v)";
        try (PreparedStatement s = pg.prepareStatement(sql)) {
            s.setArray(1, pg.createArrayOf("text", VALUES.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                List<String> answers = new java.util.ArrayList<>();
                while (rs.next()) {
                    answers.add(rs.getString(1) + ": " + rs.getObject(2) + "/" + rs.getObject(3));
                }
                return answers;
            }
        }
    }

    @Test
    void fixedDigitsWithoutARegularExpressionMatchExactlyWhatTheRegularExpressionMatches() throws Exception {
        try (Connection pg = PostgresAvailability.connect()) {
            for (int n : new int[] {0, 1, 2, 5, 12}) {
                String regex = "^[0-9]{" + n + "}$";
                String cheaper = Dialect.POSTGRESQL.regexMatch("v", regex);
                assertThat(cheaper).doesNotContain("~");
                List<String> answers = both(pg, "v ~ '" + regex + "'", cheaper);
                assertThat(answers).hasSize(VALUES.size()).allSatisfy(a -> assertThat(a).as(regex)
                        .matches("(?s).*: (true/true|false/false|null/null)"));
                assertThat(answers).anyMatch(a -> a.endsWith("true/true"));
            }
        }
    }

    @Test
    void otherPatternsKeepTheRegularExpression() {
        assertThat(Dialect.POSTGRESQL.regexMatch("v", "^[0-9]{10}(-?[0-9]{3})?$")).isEqualTo("v ~ '^[0-9]{10}(-?[0-9]{3})?$'");
        assertThat(Dialect.POSTGRESQL.regexMatch("v", "^[0-9]{12}")).contains("~");
        assertThat(Dialect.POSTGRESQL.regexMatch("v", "[0-9]{12}$")).contains("~");
        assertThat(Dialect.DUCKDB.regexMatch("v", "^[0-9]{12}$")).contains("regexp_full_match");
    }

    @Test
    void surroundingWhitespaceByCodePointMatchesTheTextComparison() throws Exception {
        String set = " IN (' ', CHR(9), CHR(13), CHR(10))";
        try (Connection pg = PostgresAvailability.connect()) {
            List<String> answers = both(pg, "LEFT(v, 1)" + set + " OR RIGHT(v, 1)" + set,
                    Dialect.POSTGRESQL.surroundingWhitespace("v"));
            assertThat(answers).hasSize(VALUES.size()).allSatisfy(a -> assertThat(a)
                    .matches("(?s).*: (true/true|false/false|null/null)"));
            assertThat(answers).anyMatch(a -> a.endsWith("true/true"));
        }
    }
}
