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

    @Test
    void criterionWeightsAndBandsAreConfiguration() {
        Suite suite = reader.read("table: t\ncriterion_weights: {correct: 3}\nbands: {a: 90, b: 70}\nchecks:\n"
                + "  - type: completeness\n    column: c\n");
        assertThat(suite.scoring().weight(Criterion.CORRECT)).isEqualTo(3);
        assertThat(suite.scoring().weight(Criterion.LIVE)).isEqualTo(1);
        CheckResult correct = new CheckResult("a", CheckType.PATTERN, java.util.List.of("c"), Criterion.CORRECT, 1, 100, 20,
                java.util.Map.of(), java.util.List.of(), "sql");
        CheckResult live = new CheckResult("b", CheckType.FRESHNESS, java.util.List.of("c"), Criterion.LIVE, 1, 100, 0,
                java.util.Map.of(), java.util.List.of(), "sql");
        Scores scores = Scores.of(java.util.List.of(correct, live), java.util.List.of(), suite.scoring());
        assertThat(scores.database()).isEqualTo(85.0);   // (3 × 80 + 1 × 100) ÷ 4
        assertThat(scores.band()).isEqualTo("B");        // A needs 90 in this suite
        assertThat(error("table: t\nbands: {a: 60, b: 70}\nchecks:\n  - type: row_count\n").field()).isEqualTo("bands");
    }

    @Test
    void aSuiteAddsItsOwnDictionaryElement() {
        Suite suite = reader.read("table: t\nelements:\n  - {name: household_book, pattern: '^HK[0-9]{6}$', source: 'Quy định nội bộ'}\n"
                + "checks:\n  - {type: dictionary, column: household_no, element: household_book}\n");
        assertThat(suite.elements()).hasSize(1);
        assertThat(suite.checks().get(0).element()).isEqualTo("household_book");
        assertThat(error("table: t\nelements:\n  - {name: hk, pattern: '[', source: x}\nchecks:\n  - type: row_count\n").field())
                .isEqualTo("elements.pattern");
    }
}
