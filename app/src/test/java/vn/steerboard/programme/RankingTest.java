package vn.steerboard.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The league order: small samples do not lead on luck, and a unit with nothing due is listed but never ranked. */
class RankingTest {

    private static AgencyFigures unit(String code, long onTime, long late, long overdue, long inProgress) {
        return new AgencyFigures(0, code, code, new StatusCounts(onTime, late, inProgress, overdue, 0, overdue * 10));
    }

    @Test
    void thirteenOfThirteenRanksBelowFiftyFiveOfFiftyNine() {
        List<AgencyFigures> ranked = Ranking.rank(List.of(unit("A", 13, 0, 0, 2), unit("B", 55, 2, 2, 5)));
        assertThat(ranked).extracting(AgencyFigures::unitCode).containsExactly("B", "A");
        assertThat(ranked.get(1).counts().onTimeRate()).isEqualTo(100.0);
        assertThat(ranked.get(1).counts().onTimeRankingScore()).isEqualTo(77.2);
    }

    @Test
    void unitsWithNothingDueComeLastUnrankedWhateverTheirOtherCounts() {
        List<AgencyFigures> ranked = Ranking.rank(List.of(unit("EMPTY", 0, 0, 0, 0), unit("BUSY", 0, 0, 0, 9),
                unit("POOR", 1, 0, 9, 0)));
        assertThat(ranked).extracting(AgencyFigures::unitCode).containsExactly("POOR", "BUSY", "EMPTY");
        assertThat(ranked).extracting(AgencyFigures::rank).containsExactly(1, 0, 0);
        assertThat(ranked.get(2).ranked()).isFalse();
        assertThat(ranked.get(2).rankChange()).isNull();
    }

    @Test
    void equalRowsShareARankAndTheChangeCountsPlacesGained() {
        List<AgencyFigures> ranked = Ranking.rank(List.of(unit("C", 5, 0, 1, 0), unit("A", 9, 0, 0, 0), unit("B", 5, 0, 1, 0)));
        assertThat(ranked).extracting(AgencyFigures::unitCode).containsExactly("A", "B", "C");
        assertThat(ranked).extracting(AgencyFigures::rank).containsExactly(1, 2, 2);
        assertThat(ranked.get(0).withPreviousRank(3).rankChange()).isEqualTo(2);
        assertThat(ranked.get(1).withPreviousRank(1).rankChange()).isEqualTo(-1);
        assertThat(ranked.get(1).withPreviousRank(0).rankChange()).isNull();
    }
}
