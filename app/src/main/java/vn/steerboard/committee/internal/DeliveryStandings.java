package vn.steerboard.committee.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.delivery.DeliveryIndex;
import vn.steerboard.delivery.IndexPeriod;
import vn.steerboard.delivery.LeagueKind;
import vn.steerboard.delivery.LeagueRow;
import vn.steerboard.delivery.UnitIndex;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The committee's view of public-service delivery (Decision 766), from the delivery module's public
 * {@link DeliveryIndex} only: a unit's total and its place in its league for the year of the day asked (the period
 * the delivery pages show by default), and the leagues the meeting report prints. Aggregates
 * only; kept until the next change of any figure.
 */
@Component
class DeliveryStandings {

    private final DeliveryIndex index;
    private final Registry registry;
    private final FigureCache cache = new FigureCache(200);

    DeliveryStandings(DeliveryIndex index, Registry registry) {
        this.index = index;
        this.registry = registry;
    }

    /**
     * A unit's delivery standing: its total out of 100 (null when not computable), its rank in its league (null when
     * unranked) among {@code peers} units, for {@code period} (a year, as {@code ?period=} of the delivery pages).
     */
    record Standing(String code, String name, Double score, Integer rank, int peers, String period, long dossiers) {

        boolean computable() {
            return score != null;
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        cache.clear();
    }

    static IndexPeriod period(LocalDate asOf) {
        return IndexPeriod.year(asOf.getYear());
    }

    /** The league a unit is ranked in: ministries apart, provinces, or the communes of its province. */
    static LeagueKind leagueOf(OrgUnit unit) {
        return unit.type() == OrgUnitType.CENTRAL ? LeagueKind.MINISTRIES
                : unit.type() == OrgUnitType.PROVINCE ? LeagueKind.PROVINCES : LeagueKind.COMMUNES;
    }

    List<LeagueRow> league(LeagueKind kind, String province, LocalDate asOf) {
        return cache.get("league|" + kind + "|" + province + "|" + asOf,
                () -> index.league(kind, province, period(asOf), AsOf.of(asOf)));
    }

    /** The nation's Decision 766 total for the year of the day (every unit's tallies summed), as the delivery API gives it. */
    UnitIndex nation(LocalDate asOf) {
        return cache.get("nation|" + asOf, () -> index.nation(period(asOf), AsOf.of(asOf)));
    }

    /** The standing of a ministry, province or commune in its league (the public API has no national total). */
    Standing of(String code, LocalDate asOf) {
        OrgUnit unit = registry.get(code);
        LeagueKind kind = leagueOf(unit);
        List<LeagueRow> rows = league(kind, kind == LeagueKind.COMMUNES ? unit.parentCode() : null, asOf);
        for (LeagueRow row : rows) {
            if (row.index().unitCode().equals(unit.code())) {
                return new Standing(unit.code(), row.index().unitName(), row.index().score(), row.rank(), rows.size(),
                        period(asOf).label(), row.index().dossiers());
            }
        }
        return new Standing(unit.code(), unit.name(java.util.Locale.forLanguageTag("vi")), null, null, rows.size(),
                period(asOf).label(), 0);
    }

}
