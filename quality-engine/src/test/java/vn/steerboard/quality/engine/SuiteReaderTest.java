package vn.steerboard.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.Dictionary;
import vn.steerboard.quality.engine.suite.SuiteReader;

/** A malformed suite names the line and the field. */
class SuiteReaderTest {

    private final SuiteReader reader = new SuiteReader(Dictionary.standard());

    private SuiteException error(String yaml) {
        return catchThrowableOfType(SuiteException.class, () -> reader.read(yaml));
    }

    @Test
    void readsAValidSuiteWithDefaults() {
        Suite suite = reader.read("table: citizen\nchecks:\n  - type: completeness\n    column: cccd\n"
                + "  - type: dictionary\n    column: phone\n    element: mobile\n    importance: 3\n");
        assertThat(suite.checks()).hasSize(2);
        assertThat(suite.checks().get(0).criterion()).isEqualTo(Criterion.SUFFICIENT);
        assertThat(suite.checks().get(1).importance()).isEqualTo(3);
        assertThat(suite.checks().get(1).line()).isEqualTo(5);
    }

    @Test
    void unknownCheckTypeNamesItsLine() {
        SuiteException e = error("table: citizen\nchecks:\n  - type: completeness\n    column: cccd\n  - type: uniq\n    column: cccd\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("type");
        assertThat(e.getMessage()).contains("line 5", "'type'", "uniq", "uniqueness");
    }

    @Test
    void misspelledFieldIsAnErrorNotASilentlyIgnoredCheck() {
        SuiteException e = error("table: citizen\nchecks:\n  - type: pattern\n    column: phone\n    patern: '^0'\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("patern");
    }

    @Test
    void badValuesNameTheirField() {
        assertThat(error("table: citizen\nchecks:\n  - type: pattern\n    column: x\n    pattern: '[a-'\n").field()).isEqualTo("pattern");
        assertThat(error("table: citizen\nchecks:\n  - type: dictionary\n    column: x\n    element: cmnd\n").getMessage())
                .contains("line 5", "unknown dictionary element 'cmnd'", "cccd");
        assertThat(error("table: citizen\nchecks:\n  - type: freshness\n    column: x\n    days: soon\n").getMessage())
                .contains("line 5", "'days'", "not a number");
        assertThat(error("table: 'citizen; DROP TABLE x'\nchecks:\n  - type: row_count\n").field()).isEqualTo("table");
        assertThat(error("checks:\n  - type: row_count\n").field()).isEqualTo("table");
        assertThat(error("table: citizen\nchecks:\n  - type: completeness\n").getMessage()).contains("line 3", "'column'");
        assertThat(error("table: citizen\nchecks: [\n").field()).isEqualTo("(syntax)");
    }
}
