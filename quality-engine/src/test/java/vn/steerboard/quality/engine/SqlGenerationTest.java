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
        Golden.assertMatches("mysql-basic", sql(Dialect.MYSQL));
    }

    private static Suite registry() {
        try (var in = SqlGenerationTest.class.getResourceAsStream("/registry.yaml")) {
            return new SuiteReader(Dictionary.standard()).read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ScanPlan registryPlan(Dialect dialect, String table, boolean text) {
        return new ScanPlan(registry(), dialect, table, Dictionary.standard(), LocalDate.of(2026, 11, 1), text, true);
    }

    /** Every dictionary element and finding kind inside the one statement: no Java pass on PostgreSQL and DuckDB. */
    @Test
    void postgresqlSingleStatementWithEveryDictionaryRule() {
        ScanPlan plan = registryPlan(Dialect.POSTGRESQL, "citizen", false);
        assertThat(plan.javaChecks()).isEmpty();
        String sql = plan.aggregateSql();
        assertThat(sql).startsWith("SELECT COUNT(*) AS row_count").doesNotContain(";")
                .contains("IS NFC NORMALIZED", "[[:alpha:]]", "MOD(31 * (ASCII(SUBSTR(CAST(tax_code AS VARCHAR), 1, 1)) - 48)",
                        "CAST(DATE_PART('year', birth_date) AS INTEGER)", "COUNT(*) FILTER (WHERE q_k",
                        "LEFT JOIN (VALUES ('", "OFFSET 0");
        Golden.assertMatches("postgresql-registry", sql);
    }

    @Test
    void duckDbOverParquetSingleStatementWithEveryDictionaryRule() {
        ScanPlan plan = registryPlan(Dialect.DUCKDB, "read_parquet('/data/citizens.parquet')", false);
        assertThat(plan.javaChecks()).isEmpty();
        assertThat(plan.aggregateSql()).contains("nfc_normalize(", "regexp_full_match(", "\\p{L}", "LEFT JOIN (SELECT split_part(",
                "list_contains([");
        Golden.assertMatches("duckdb-parquet-registry", plan.aggregateSql());
    }

    @Test
    void duckDbOverCsvCastsDatesSafely() {
        ScanPlan plan = registryPlan(Dialect.DUCKDB, "read_csv('/data/citizens.csv', header = true, all_varchar = true,"
                + " allow_quoted_nulls = false)", true);
        assertThat(plan.javaChecks()).isEmpty();
        assertThat(plan.aggregateSql()).contains("CAST(EXTRACT(YEAR FROM TRY_CAST(birth_date AS DATE)) AS INTEGER)");
        Golden.assertMatches("duckdb-csv-registry", plan.aggregateSql());
    }

    /** H2 has no NFC test: the NFC check and the person-name rule (NFC first) stay in the Java pass; all else is SQL. */
    @Test
    void h2SingleStatementAndOnlyNfcInJava() {
        ScanPlan plan = registryPlan(Dialect.H2, "citizen", false);
        assertThat(plan.javaChecks()).extracting(Check::id).containsExactly("name_valid", "nfc_full_name");
        assertThat(plan.aggregateSql()).contains("REGEXP_LIKE(", "MOD(", "|| '|' ||").doesNotContain("VALUES");
        Golden.assertMatches("h2-registry", plan.aggregateSql());
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
        assertThat(sql).contains("REGEXP_LIKE(TO_CHAR(phone), '^0[0-9]{9}$')").contains("TRIM(TO_CHAR(cccd)) <> ''");
        assertThat(Dialect.ORACLE.limit("SELECT a FROM t", 5)).isEqualTo("SELECT a FROM t FETCH FIRST 5 ROWS ONLY");
        assertThat(Dialect.SQLSERVER.limit("SELECT a FROM t", 5)).isEqualTo("SELECT TOP 5 a FROM t");
        assertThat(Dialect.MYSQL.limit("SELECT a FROM t", 5)).isEqualTo("SELECT a FROM t LIMIT 5");
    }
}
