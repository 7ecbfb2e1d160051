package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.sql.Dialect;
import vn.steerboard.quality.engine.sql.ScanPlan;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** The single aggregate statement in the dialects not run here (MySQL/MariaDB, SQL Server, Oracle), as golden text. */
class SqlGenerationTest {

    private static final String SUITE = "table: citizen\nchecks:\n"
            + "  - type: completeness\n    column: cccd\n"
            + "  - type: pattern\n    column: phone\n    pattern: '^0[0-9]{9}$'\n"
            + "  - type: uniqueness\n    column: cccd\n"
            + "  - type: range\n    column: birth_date\n    not_in_future: true\n";

    private static String sql(Dialect dialect) {
        Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
        return new ScanPlan(suite, dialect, dialect.quote("citizen"), Dictionary.standard(), LocalDate.of(2026, 11, 1))
                .aggregateSql();
    }

    @Test
    void mysql() {
        assertThat(sql(Dialect.MYSQL)).isEqualTo("SELECT COUNT(*) AS row_count,"
                + " SUM(CASE WHEN 1 = 1 THEN 1 ELSE 0 END) AS d0,"
                + " SUM(CASE WHEN NOT (cccd IS NOT NULL AND TRIM(CAST(cccd AS CHAR)) <> '') THEN 1 ELSE 0 END) AS f0,"
                + " SUM(CASE WHEN phone IS NOT NULL AND TRIM(CAST(phone AS CHAR)) <> '' THEN 1 ELSE 0 END) AS d1,"
                + " SUM(CASE WHEN phone IS NOT NULL AND TRIM(CAST(phone AS CHAR)) <> '' AND NOT (TRIM(CAST(phone AS CHAR)) REGEXP '^0[0-9]{9}$') THEN 1 ELSE 0 END) AS f1,"
                + " SUM(CASE WHEN (cccd IS NOT NULL AND TRIM(CAST(cccd AS CHAR)) <> '') THEN 1 ELSE 0 END) AS d2,"
                + " MAX(u2.g) AS g2, MAX(u2.r) AS r2, MAX(u2.e) AS e2,"
                + " SUM(CASE WHEN birth_date IS NOT NULL THEN 1 ELSE 0 END) AS d3,"
                + " SUM(CASE WHEN birth_date IS NOT NULL AND (birth_date > CAST('2026-11-01' AS DATE)) THEN 1 ELSE 0 END) AS f3"
                + " FROM citizen src CROSS JOIN (SELECT COUNT(*) AS g, COALESCE(SUM(c), 0) AS r, MIN(k) AS e FROM"
                + " (SELECT cccd AS k, COUNT(*) AS c FROM citizen WHERE (cccd IS NOT NULL AND TRIM(CAST(cccd AS CHAR)) <> '')"
                + " GROUP BY cccd HAVING COUNT(*) > 1) x2) u2");
    }

    @Test
    void sqlServerHasNoRegexSoThePatternGoesToTheJavaPass() {
        String sql = sql(Dialect.SQLSERVER);
        assertThat(sql).contains("CAST(cccd AS NVARCHAR(4000))").doesNotContain("phone").doesNotContain("REGEXP");
        assertThat(sql).contains("birth_date > CAST('2026-11-01' AS DATE)");
    }

    @Test
    void oracle() {
        String sql = sql(Dialect.ORACLE);
        assertThat(sql).contains("REGEXP_LIKE(TRIM(TO_CHAR(phone)), '^0[0-9]{9}$')").contains("TRIM(TO_CHAR(cccd)) <> ''");
        assertThat(Dialect.ORACLE.limit("SELECT a FROM t", 5)).isEqualTo("SELECT a FROM t FETCH FIRST 5 ROWS ONLY");
        assertThat(Dialect.SQLSERVER.limit("SELECT a FROM t", 5)).isEqualTo("SELECT TOP 5 a FROM t");
        assertThat(Dialect.MYSQL.limit("SELECT a FROM t", 5)).isEqualTo("SELECT a FROM t LIMIT 5");
    }
}
