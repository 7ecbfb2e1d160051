package vn.steerboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.steerboard.common.InvalidParameterException;

/** Periods as officers write them are read as the codes the store uses; anything else is refused naming the forms. */
class PeriodTest {

    @Test
    void writtenQuartersMonthsAndYearsAreTheirCodes() {
        assertThat(Period.parse("Q3/2026").code()).isEqualTo("2026Q3");
        assertThat(Period.parse("quý 3/2026").code()).isEqualTo("2026Q3");
        assertThat(Period.parse(Normalizer.normalize("Quý 4 - 2025", Normalizer.Form.NFD)).code()).isEqualTo("2025Q4");
        assertThat(Period.parse("3/2026").code()).isEqualTo("2026-03");
        assertThat(Period.parse("tháng 11/2025").code()).isEqualTo("2025-11");
        assertThat(Period.parse("năm 2026").code()).isEqualTo("2026");
        assertThat(Period.parse("2026Q3").number()).isEqualTo(3);
        assertThat(Period.parse("2026-11").number()).isEqualTo(11);
    }

    @Test
    void nonsenseIsRefusedNamingTheField() {
        for (String bad : new String[] {"13/2026", "Q5/2026", "quý ba", "2026-13", "'; DROP TABLE x;--"}) {
            assertThatThrownBy(() -> Period.parse(bad)).as(bad).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("'period'");
        }
    }
}
