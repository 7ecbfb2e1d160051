package vn.steerboard.quality.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.sql.Dialect;

/** The expression language: what is accepted, how it is written for each database, and what is refused where. */
class RowExpressionTest {

    @Test
    void theDocumentedFormsAreAcceptedAndWrittenFromTheTree() {
        RowExpression.Parsed rule = RowExpression.parse("issue_date >= birth_date AND (status IN ('ACTIVE', 'MOVED')"
                + " OR status IS NULL) AND NOT LENGTH(TRIM(full_name)) < 2 AND age BETWEEN 0 AND 130"
                + " AND email LIKE '%@%' AND -score * 2 / 3 + 1 <> 0 AND CAST(cccd AS VARCHAR) || 'x' != ''");
        assertThat(rule.columns()).containsExactly("issue_date", "birth_date", "status", "full_name", "age", "email",
                "score", "cccd");
        // the canonical text (stored and shown) parses back to itself
        assertThat(RowExpression.parse(rule.canonical()).canonical()).isEqualTo(rule.canonical());
        assertThat(RowExpression.parse("birth_date > DATE '1900-01-01' AND active = TRUE AND CAST(x AS INTEGER) > 1")
                .canonical()).isEqualTo("(((birth_date > DATE '1900-01-01') AND (active = TRUE)) AND (CAST(x AS INTEGER) > 1))");
        assertThat(rule.sql(Dialect.POSTGRESQL))
                .contains("(status IN ('ACTIVE', 'MOVED'))", "(status IS NULL)", "LENGTH(TRIM(full_name))",
                        "(age BETWEEN 0 AND 130)", "(CAST(cccd AS VARCHAR) || 'x')", "<> '')");
        assertThat(rule.sql(Dialect.SQLSERVER)).contains("LEN(TRIM(full_name))", "CONCAT(CAST(cccd AS NVARCHAR(4000)), N'x')");
        assertThat(rule.sql(Dialect.MYSQL)).contains("CHAR_LENGTH(", "CONCAT(CAST(cccd AS CHAR), 'x')");
        assertThat(RowExpression.parse("EXTRACT(YEAR FROM birth_date) >= 1900").sql(Dialect.SQLSERVER))
                .isEqualTo("(DATEPART(YEAR, birth_date) >= 1900)");
        assertThat(RowExpression.parse("SUBSTRING(cccd, 1, 3) = '001'").sql(Dialect.ORACLE))
                .isEqualTo("(SUBSTR(cccd, 1, 3) = '001')");
        assertThat(RowExpression.parse("birth_date > DATE '1900-01-01' AND active = TRUE").sql(Dialect.H2))
                .isEqualTo("((birth_date > CAST('1900-01-01' AS DATE)) AND (active = (1 = 1)))");
        // a quote inside a literal is doubled in the output, so the literal cannot end early
        assertThat(RowExpression.parse("name <> 'O''Brien'").sql(Dialect.POSTGRESQL)).isEqualTo("(name <> 'O''Brien')");
        assertThat(RowExpression.parse("name <> 'Phường (cũ)'").columns()).containsExactly("name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        // the payloads of the security review, each refused where it starts
        "CSVWRITE('/tmp/x', 'SELECT * FROM app_user') IS NULL| 1|function 'CSVWRITE' is not allowed",
        "FILE_READ('/etc/passwd') IS NOT NULL               | 1|function 'FILE_READ' is not allowed",
        "id = (TABLE api_token LIMIT 1)                     | 7|sub-queries are not allowed ('TABLE')",
        "id IN (FROM read_csv('/etc/passwd'))               | 8|sub-queries are not allowed ('FROM')",
        "(FROM read_csv('/etc/passwd')) IS NOT NULL         | 2|sub-queries are not allowed ('FROM')",
        "LENGTH(pg_read_file('/etc/passwd')) > 0            | 8|function 'pg_read_file' is not allowed",
        "id IN (SELECT id FROM x)                           | 8|sub-queries are not allowed ('SELECT')",
        "id IN (VALUES (1))                                 | 8|sub-queries are not allowed ('VALUES')",
        "id = (WITH q AS (SELECT 1) SELECT * FROM q)        | 7|sub-queries are not allowed ('WITH')",
        "EXISTS (SELECT 1)                                  | 1|('EXISTS')",
        "1 = 1; DROP TABLE person                           | 6|';' is not allowed",
        "1 = 1 -- comment                                   | 7|comments are not allowed",
        "1 = 1 /* comment */                                | 7|comments are not allowed",
        "name = 'x' # comment                               |12|comments are not allowed",
        "LOWER(name) = 'select 1'                           |16|SQL ('SELECT') is not allowed inside a text literal",
        "name = 'x CSVWRITE(y'                              |11|a function call is not allowed inside a text literal",
        "name = 'a\\' OR 1=1'                               |10|backslash",
        "\"name\" = 'x'                                     | 1|plain column names only",
        "name = $$x$$                                       | 8|character '$' is not allowed",
        "schema.t = 1                                       | 7|character '.' is not allowed",
        "CAST(x AS TEXT) = 'a'                              |11|CAST to DATE, INTEGER, DECIMAL or VARCHAR only",
        "EXTRACT(EPOCH FROM x) > 0                          | 9|EXTRACT of YEAR, MONTH or DAY only",
        "COALESCE(a) = 1                                    | 1|COALESCE takes 2 to 8 argument(s)",
        "(a = 1                                             | 7|expected ')'",
        "a = 1)                                             | 6|unexpected ')'",
        "a = CASE WHEN b THEN 1 END                         | 5|('CASE')",
        "a = @@version                                      | 5|character '@' is not allowed",
        "1x = 1                                             | 2|a number must not run into a name",
    })
    void anythingElseIsRefusedWithItsPosition(String rule, int position, String message) {
        assertThatThrownBy(() -> RowExpression.parse(rule.strip()))
                .isInstanceOfSatisfying(ExpressionException.class, e -> {
                    assertThat(e.getMessage()).contains(message);
                    assertThat(e.position()).as(e.getMessage()).isEqualTo(position);
                });
    }

    @Test
    void deepNestingAndLongRulesAreRefused() {
        assertThatThrownBy(() -> RowExpression.parse("(".repeat(60) + "a = 1" + ")".repeat(60)))
                .hasMessageContaining("nested more than");
        assertThatThrownBy(() -> RowExpression.parse("a = 1 AND ".repeat(300) + "a = 1"))
                .hasMessageContaining("longer than 2000 characters");
    }
}
