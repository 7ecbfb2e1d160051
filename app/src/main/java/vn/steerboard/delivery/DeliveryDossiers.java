package vn.steerboard.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.Page;
import vn.steerboard.common.PageRequest;
import vn.steerboard.delivery.internal.Contribution;
import vn.steerboard.delivery.internal.Counter;
import vn.steerboard.delivery.internal.DossierQueryStore;
import vn.steerboard.delivery.internal.DossierState;
import vn.steerboard.delivery.internal.Masking;
import vn.steerboard.delivery.internal.Tally;
import vn.steerboard.identity.AccessPolicy;

/**
 * The dossiers behind a figure, for readers of the unit (its own officers and those above it, ADMIN): no personal
 * data leaves the unit's subtree, and inside it only masked. Each row says whether it counts in the row's numerator,
 * judged as the index judges it (open dossiers against their due day on the as-of day).
 */
@Service
public class DeliveryDossiers {

    /** Which counter puts a dossier in a row's numerator (rows 2.1 and 5.4 are judged from the dossier itself). */
    private static final Map<SubIndicator, Counter> NUMERATOR = Map.ofEntries(Map.entry(SubIndicator.T1_4, Counter.SYNCED),
            Map.entry(SubIndicator.O3_0, Counter.FULLY_ONLINE), Map.entry(SubIndicator.O3_3, Counter.ONLINE_E_RESULT),
            Map.entry(SubIndicator.M3_6, Counter.PAID_ONLINE), Map.entry(SubIndicator.D4_1, Counter.E_RESULT_FILE),
            Map.entry(SubIndicator.D4_2, Counter.DIGITISED), Map.entry(SubIndicator.D4_3, Counter.REUSED),
            Map.entry(SubIndicator.D4_4, Counter.PERSONAL_STORE), Map.entry(SubIndicator.D4_5B, Counter.POPULATION));

    private final DossierQueryStore store;
    private final AccessPolicy access;
    private final WorkingCalendar calendar;

    DeliveryDossiers(DossierQueryStore store, AccessPolicy access, WorkingCalendar calendar) {
        this.store = store;
        this.access = access;
        this.calendar = calendar;
    }

    /** Whether the current reader may see the dossiers of the unit (its subtree's officers, those above, ADMIN). */
    public boolean readable(String unit) {
        return access.canRead(unit) && access.current().map(a -> a.isAdmin() || a.unitCode() != null).orElse(false);
    }

    public Page<DossierRow> list(String unit, IndexPeriod period, SubIndicator row, AsOf asOf, PageRequest page) {
        access.requireRead(unit, "DELIVERY_DOSSIER", unit);
        if (!readable(unit)) {
            // a reader bound to no unit (a national VIEWER) reads the figures, not the dossiers behind them
            access.requireAdmin("DELIVERY_DOSSIER", unit);
        }
        int to = period.toKey(asOf.day());
        LocalDate judged = period.judgedOn(asOf.day());
        List<DossierRow> rows = store.page(unit, period.fromKey(), to, row, (int) page.offset(), page.size()).stream()
                .map(d -> row(d, row, judged)).toList();
        return Page.of(rows, page, store.count(unit, period.fromKey(), to, row));
    }

    private DossierRow row(DossierState d, SubIndicator row, LocalDate judged) {
        Contribution c = Tally.of(d, calendar.workingDays());
        LocalDate due = d.clock().stopped() ? null : d.clock().due(calendar.workingDays());
        boolean withinOpen = c.openDue() != null && !c.openDue().isBefore(judged);
        Boolean in = row == null ? null : switch (row) {
            case P2_1 -> c.counts().containsKey(Counter.ON_TIME) || withinOpen;
            case S5_4 -> !c.counts().containsKey(Counter.LATE) && !c.counts().containsKey(Counter.DISLIKED)
                    && (c.openDue() == null || withinOpen);
            default -> NUMERATOR.containsKey(row) ? c.counts().containsKey(NUMERATOR.get(row)) : null;
        };
        return new DossierRow(d.id(), d.unit(), d.procedure(), d.channel(), d.receivedAt(), d.status(), due, d.closedOn(),
                d.onTime(), in, Masking.name(d.applicantName()), Masking.id(d.applicantId()));
    }
}
