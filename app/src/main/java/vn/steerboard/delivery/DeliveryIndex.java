package vn.steerboard.delivery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.steerboard.common.AsOf;
import vn.steerboard.common.InvalidParameterException;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.delivery.internal.DeliveryTexts;
import vn.steerboard.delivery.internal.IndexCache;
import vn.steerboard.delivery.internal.Scoring;
import vn.steerboard.delivery.internal.SubtreeSums;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The Decision 766 index read from the roll-ups: for a unit's subtree (commune, province, the nation), a period and
 * an as-of day; leagues of provinces, of ministries (ranked apart) and of a province's communes. Aggregates only:
 * every signed-in user reads them; the dossiers behind them are {@link DeliveryDossiers}' and scoped. The sums read
 * from the roll-ups are kept until the next change of delivery figures ({@link IndexCache}).
 */
@Service
public class DeliveryIndex {

    private final SubtreeSums tallies;
    private final Registry registry;
    private final AccessPolicy access;
    private final DeliveryTexts texts;
    private final IndexCache cache;
    private final Map<String, List<OrgUnit>> members = new java.util.concurrent.ConcurrentHashMap<>();

    DeliveryIndex(SubtreeSums tallies, Registry registry, AccessPolicy access, DeliveryTexts texts, IndexCache cache) {
        this.tallies = tallies;
        this.registry = registry;
        this.access = access;
        this.texts = texts;
        this.cache = cache;
    }

    /** The subtrees' sums for the period as of the day, read once until the next change (key: what they stand for). */
    private Map<String, Map<String, Long>> sums(String of, List<String> units, IndexPeriod period, AsOf asOf) {
        int from = period.fromKey();
        int to = period.toKey(asOf.day());
        LocalDate judged = period.judgedOn(asOf.day());
        return cache.get(of + "|" + from + "|" + to + "|" + judged, () -> tallies.sums(units, from, to, judged));
    }

    /** The unit's subtree month by month over {@code from..to}, read once until the next change. */
    private SubtreeSums.Months months(String code, YearMonth from, YearMonth to) {
        int first = from.getYear() * 100 + from.getMonthValue();
        int last = to.getYear() * 100 + to.getMonthValue();
        return cache.get("months|" + code + "|" + first + "|" + last, () -> tallies.months(code, first, last));
    }

    public UnitIndex unit(String code, IndexPeriod period, AsOf asOf) {
        access.requireActor();
        OrgUnit unit = unit(code);
        return index(unit, months(unit.code(), period.from(), period.to()), period, asOf);
    }

    private OrgUnit unit(String code) {
        return registry.find(code).orElseThrow(() -> new NotFoundException(texts.get("delivery.index.noUnit", code)));
    }

    /** The index for the period from the months read, as of the day (months after the day's month not counted). */
    private static UnitIndex index(OrgUnit unit, SubtreeSums.Months months, IndexPeriod period, AsOf asOf) {
        YearMonth asOfMonth = YearMonth.from(asOf.day());
        YearMonth to = period.to().isAfter(asOfMonth) ? asOfMonth : period.to();
        return index(unit.code(), unit.name(DeliveryTexts.locale()), months.over(period.from(), to,
                period.judgedOn(asOf.day())), period, asOf.day());
    }

    /**
     * A unit's page: its index for the period and month by month the {@code months} months up to the as-of day's
     * month, all from one read of its subtree by month (not one per month).
     */
    public UnitPage page(String code, IndexPeriod period, int months, AsOf asOf) {
        access.requireActor();
        OrgUnit unit = unit(code);
        YearMonth last = YearMonth.from(asOf.day());
        YearMonth first = last.minusMonths(Math.max(1, Math.min(24, months)) - 1L);
        SubtreeSums.Months read = months(unit.code(), first.isBefore(period.from()) ? first : period.from(),
                last.isAfter(period.to()) ? last : period.to());
        List<UnitIndex> trend = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            trend.add(index(unit, read, IndexPeriod.parse(m.toString()), asOf));
        }
        return new UnitPage(index(unit, read, period, asOf), trend);
    }

    public List<LeagueRow> league(LeagueKind kind, String province, IndexPeriod period, AsOf asOf) {
        access.requireActor();
        return rows(kind, province, period, asOf);
    }

    /**
     * The nation's index for the period as of the day (every unit's tallies summed), for any signed-in reader: the
     * committee's overview shows it beside the leagues. Aggregates only.
     */
    public UnitIndex nation(IndexPeriod period, AsOf asOf) {
        access.requireActor();
        return nation(period, asOf, texts.get("delivery.open.nation"));
    }

    /** The nation's index for the period: aggregates only, for the published open data as well. */
    UnitIndex nation(IndexPeriod period, AsOf asOf, String name) {
        int from = period.fromKey();
        int to = period.toKey(asOf.day());
        LocalDate judged = period.judgedOn(asOf.day());
        return index(Registry.NATION, name, cache.get("nation|" + from + "|" + to + "|" + judged,
                () -> tallies.nation(from, to, judged)), period, asOf.day());
    }

    /**
     * A league's members in Vietnamese order, read from the registry once: the tree changes only by migration (as
     * the registry keeps it), and a warm league then reads nothing at all.
     */
    private List<OrgUnit> members(LeagueKind kind, String province) {
        String key = kind + "|" + (kind == LeagueKind.COMMUNES ? province : "");
        List<OrgUnit> kept = members.get(key);
        if (kept != null) {
            return kept;
        }
        List<OrgUnit> read = List.copyOf(switch (kind) {
            case PROVINCES -> registry.all(OrgUnitType.PROVINCE, null);
            case MINISTRIES -> registry.all(OrgUnitType.CENTRAL, null);
            case COMMUNES -> {
                if (province == null || registry.find(province).map(u -> u.type() != OrgUnitType.PROVINCE).orElse(true)) {
                    throw new InvalidParameterException("province", province, texts.get("delivery.index.province"));
                }
                yield registry.all(OrgUnitType.COMMUNE, province);
            }
        });
        members.put(key, read);
        return read;
    }

    /** A league without a reader's check: aggregates only, for the published open data as well. */
    List<LeagueRow> rows(LeagueKind kind, String province, IndexPeriod period, AsOf asOf) {
        List<OrgUnit> units = members(kind, province);
        Map<String, Map<String, Long>> sums = sums("league|" + kind + "|" + province,
                units.stream().map(OrgUnit::code).toList(), period, asOf);
        List<UnitIndex> indexes = new ArrayList<>();
        for (OrgUnit u : units) {
            indexes.add(index(u.code(), u.name(DeliveryTexts.locale()), sums.getOrDefault(u.code(), Map.of()), period,
                    asOf.day()));
        }
        indexes.sort(Comparator.comparing((UnitIndex i) -> i.score() == null ? 1 : 0)
                .thenComparing(i -> i.score() == null ? 0 : -i.score()).thenComparing(UnitIndex::unitCode));
        List<LeagueRow> rows = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            rows.add(new LeagueRow(indexes.get(i).computable() ? i + 1 : null, indexes.get(i)));
        }
        return rows;
    }

    /**
     * The unit's total and rank in its league for the period (provinces, ministries, or the communes of its province):
     * what a scorecard or the committee's overview shows beside the unit.
     */
    public UnitStanding standing(String code, IndexPeriod period, AsOf asOf) {
        access.requireActor();
        OrgUnit unit = registry.find(code).orElseThrow(() -> new NotFoundException(texts.get("delivery.index.noUnit", code)));
        LeagueKind kind = switch (unit.type()) {
            case PROVINCE -> LeagueKind.PROVINCES;
            case CENTRAL -> LeagueKind.MINISTRIES;
            case COMMUNE -> LeagueKind.COMMUNES;
            default -> null;
        };
        if (kind == null) {
            UnitIndex own = unit(code, period, asOf);
            return new UnitStanding(code, own.unitName(), null, null, own.score(), null, 0, 1, period);
        }
        String province = kind == LeagueKind.COMMUNES ? unit.parentCode() : null;
        List<LeagueRow> rows = league(kind, province, period, asOf);
        int ranked = (int) rows.stream().filter(r -> r.rank() != null).count();
        LeagueRow mine = rows.stream().filter(r -> r.index().unitCode().equals(unit.code())).findFirst().orElseThrow();
        return new UnitStanding(unit.code(), mine.index().unitName(), kind, province, mine.index().score(), mine.rank(),
                ranked, rows.size(), period);
    }

    /** The unit's index month by month, the {@code months} months up to the as-of day's month (one read). */
    public List<UnitIndex> trend(String code, int months, AsOf asOf) {
        return page(code, IndexPeriod.parse(YearMonth.from(asOf.day()).toString()), months, asOf).trend();
    }

    static UnitIndex index(String code, String name, Map<String, Long> sums, IndexPeriod period, LocalDate asOf) {
        List<SubIndicatorScore> scores = Scoring.score(sums);
        List<GroupScore> groups = Scoring.groups(scores);
        double points = groups.stream().mapToDouble(GroupScore::points).sum();
        double possible = groups.stream().mapToDouble(GroupScore::possible).sum();
        boolean computable = possible > 0;
        Double score = computable ? Math.round(points / possible * 1000) / 10.0 : null;
        return new UnitIndex(code, name, period, asOf, scores, groups, Scoring.legal(scores),
                computable ? Math.round(points * 100) / 100.0 : null, possible, score, computable,
                sums.getOrDefault("RECEIVED", 0L));
    }
}
