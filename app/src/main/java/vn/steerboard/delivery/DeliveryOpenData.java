package vn.steerboard.delivery;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.analytics.PublicationLevel;
import vn.steerboard.audit.AuditEvent;
import vn.steerboard.audit.AuditTrail;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.delivery.internal.DeliveryPublicationStore;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The delivery index as open data, no sign-in: the totals of the nation and, as deep as the ADMIN publishes, of
 * provinces and ministries (and communes), for each of the last twelve complete months and the year so far.
 * Aggregates only: scores, points, ranks and dossier counts, never a dossier or an applicant.
 */
@Service
public class DeliveryOpenData {

    /** Open data names units in Vietnamese, as the registry does. */
    private static final Locale DATA_LANGUAGE = Locale.forLanguageTag("vi");
    private static final int MONTHS = 12;

    private final DeliveryIndex index;
    private final DeliveryPublicationStore store;
    private final Registry registry;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final VietnamTime time;
    private final MessageSource messages;

    DeliveryOpenData(DeliveryIndex index, DeliveryPublicationStore store, Registry registry, AccessPolicy access,
            AuditTrail audit, VietnamTime time, MessageSource messages) {
        this.index = index;
        this.store = store;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.time = time;
        this.messages = messages;
    }

    /** One published total: a unit (or the nation), a period, its score out of 100 and its rank in its league. */
    public record OpenTotal(String unitCode, String unitName, String level, String period, Double score, Double points,
            double possible, Integer rank, long dossiers) {
    }

    public PublicationLevel level() {
        return store.level();
    }

    /** ADMIN only, audited; checked before the value, so a refused caller learns nothing. */
    @Transactional
    public PublicationLevel change(String requested) {
        access.requireAdmin("PUBLICATION", null);
        PublicationLevel level = Arrays.stream(PublicationLevel.values()).filter(l -> l.name().equals(requested)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("level", vn.steerboard.common.EdgeText.visible(requested),
                        "NATIONAL, PROVINCE or COMMUNE"));
        PublicationLevel before = store.level();
        store.change(level);
        audit.record(new AuditEvent("PUBLICATION_CHANGED", "PUBLICATION", "delivery", null, Map.of("level", before.name()),
                Map.of("level", level.name()), null));
        return level;
    }

    /** The published totals as of today, nation first, then by level, period and rank. */
    public List<OpenTotal> totals() {
        PublicationLevel level = store.level();
        AsOf today = AsOf.today(time);
        String nation = messages.getMessage("delivery.open.nation", null, DATA_LANGUAGE);
        List<OpenTotal> totals = new ArrayList<>();
        for (IndexPeriod period : periods(YearMonth.from(today.day()))) {
            totals.add(total(index.nation(period, today, nation), "NATIONAL", null));
            if (level != PublicationLevel.NATIONAL) {
                index.rows(LeagueKind.PROVINCES, null, period, today).forEach(r -> totals.add(total(r.index(), "PROVINCE", r.rank())));
                index.rows(LeagueKind.MINISTRIES, null, period, today).forEach(r -> totals.add(total(r.index(), "CENTRAL", r.rank())));
            }
            if (level == PublicationLevel.COMMUNE) {
                for (OrgUnit province : registry.all(OrgUnitType.PROVINCE, null)) {
                    index.rows(LeagueKind.COMMUNES, province.code(), period, today)
                            .forEach(r -> totals.add(total(r.index(), "COMMUNE", r.rank())));
                }
            }
        }
        return totals;
    }

    /** The last twelve complete months, then the year so far. */
    static List<IndexPeriod> periods(YearMonth current) {
        List<IndexPeriod> periods = new ArrayList<>();
        for (int i = MONTHS; i >= 1; i--) {
            periods.add(IndexPeriod.parse(current.minusMonths(i).toString()));
        }
        periods.add(IndexPeriod.year(current.getYear()));
        return periods;
    }

    private OpenTotal total(UnitIndex i, String level, Integer rank) {
        String name = Registry.NATION.equals(i.unitCode()) ? i.unitName()
                : registry.find(i.unitCode()).map(OrgUnit::nameVi).orElse(i.unitCode());
        return new OpenTotal(i.unitCode(), name, level, i.period().label(), i.score(), i.points(), i.possible(), rank,
                i.dossiers());
    }
}
