package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** Schema conformance: expected columns present, and of the declared kind where a kind is declared. */
class SchemaKindsTest {

    private static final String SUITE = "table: citizen\nchecks:\n"
            + "  - id: schema\n    type: schema\n    expected_columns:\n"
            + "      - id\n      - {cccd: text}\n      - {birth_date: date}\n      - {household_size: decimal}\n"
            + "      - {updated_at: timestamp}\n      - phone\n";

    @Test
    void aMissingColumnAndAColumnOfTheWrongKindEachFailOnce() throws Exception {
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:kinds;DB_CLOSE_DELAY=-1");
             Statement s = h2.createStatement()) {
            // birth_date kept as text (a common defect); household_size whole numbers satisfy "decimal"; phone missing
            s.execute("CREATE TABLE citizen (id INT, cccd VARCHAR(12), birth_date VARCHAR(10), household_size INT,"
                    + " updated_at TIMESTAMP)");
            Suite suite = new SuiteReader(Dictionary.standard()).read(SUITE);
            CheckResult schema = new QualityEngine(Dictionary.standard(), PlantedDefectsTest.CLOCK).scan(suite, h2, "h2",
                    QualityEngine.Options.defaults()).checks().get(0);
            assertThat(schema.denominator()).isEqualTo(6);
            assertThat(schema.failed()).isEqualTo(2);
            assertThat(schema.details()).containsEntry("missingColumns", List.of("phone"))
                    .containsEntry("wrongKinds", List.of("birth_date: expected date, found text"));
        }
    }

    @Test
    void anUnknownKindIsASuiteErrorWithItsLine() {
        SuiteException e = catchThrowableOfType(SuiteException.class, () -> new SuiteReader(Dictionary.standard()).read(
                "table: citizen\nchecks:\n  - id: schema\n    type: schema\n    expected_columns:\n      - {cccd: string}\n"));
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).contains("'string' is not a column kind");
    }
}
