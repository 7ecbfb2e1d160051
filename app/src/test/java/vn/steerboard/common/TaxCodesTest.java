package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.steerboard.quality.engine.dictionary.TaxCode;

/** The shared tax-code rule and the quality engine's {@code mst} element give the same verdict on every code tried. */
class TaxCodesTest {

    private static final TaxCode ENGINE = new TaxCode();

    @Test
    void theSharedRuleAgreesWithTheQualityEngine() {
        Random random = new Random(105);
        for (int i = 0; i < 200_000; i++) {
            String code = String.format("%010d", (long) (random.nextDouble() * 10_000_000_000L));
            if (i % 4 == 1) {
                code = code + String.format("%03d", random.nextInt(1000));
            } else if (i % 4 == 2) {
                code = code + "-" + String.format("%03d", random.nextInt(1000));
            } else if (i % 50 == 3) {
                code = code.substring(0, 9) + "x";
            }
            boolean engineValid = ENGINE.problem(code, null).isEmpty();
            assertThat(TaxCodes.problem(code) == null).as(code).isEqualTo(engineValid);
            if (!engineValid) {
                String engineCode = ENGINE.problem(code, null).get().code();
                assertThat(engineCode).as(code).isEqualTo(switch (TaxCodes.problem(code)) {
                    case SHAPE -> "mst.shape";
                    case NO_CHECK_DIGIT -> "mst.no_check_digit";
                    case CHECK_DIGIT -> "mst.check_digit";
                    case BRANCH -> "mst.branch";
                });
            }
        }
        assertThat(TaxCodes.problem("0100109106")).isNull();
        assertThat(TaxCodes.problem("0100109107")).isEqualTo(TaxCodes.Problem.CHECK_DIGIT);
    }
}
