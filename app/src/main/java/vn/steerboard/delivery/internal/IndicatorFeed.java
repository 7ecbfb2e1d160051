package vn.steerboard.delivery.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.CatalogueImport;
import vn.steerboard.indicator.CatalogueRecords;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TimeAggregation;
import vn.steerboard.indicator.ValueType;
import vn.steerboard.submission.SystemValues;

/**
 * The index's online shares as values of the indicator catalogue, so nobody types them a second time: per unit and
 * month touched by batches (or by the repair), the unit's own counts go to the data set {@value #DATA_SET} through
 * {@link SystemValues}, when {@link IndicatorValuesDrain} records the months the batches marked. The indicators read them over the unit's subtree and any
 * period: {@value #FULLY_ONLINE} (sub-indicator 3.0, fully-online dossiers ÷ dossiers of eligible procedures; the
 * programme's "80% fully online" goal) and {@value #ONLINE_SHARE} (dossiers received online ÷ received). The data
 * set and the indicators are added through the catalogue import where they are missing (a new installation).
 */
@Component
public class IndicatorFeed {

    public static final String SOURCE = "delivery";
    public static final String DATA_SET = "DVC_766";
    public static final String FULLY_ONLINE = "DVC_TOAN_TRINH";
    public static final String ONLINE_SHARE = "DVC_HS_TRUC_TUYEN_TL";

    /** Element of the data set ← the counter of the roll-ups it takes. */
    static final Map<String, Counter> ELEMENTS = elements();
    /** The counters the data set takes. */
    private static final List<Counter> TAKEN = List.copyOf(new java.util.LinkedHashSet<>(ELEMENTS.values()));

    /** A unit's own month (yyyymm) whose counts moved. */
    public record UnitMonth(String unit, int month) implements Comparable<UnitMonth> {
        @Override
        public int compareTo(UnitMonth o) {
            int byUnit = unit.compareTo(o.unit);
            return byUnit != 0 ? byUnit : Integer.compare(month, o.month);
        }

        String period() {
            int m = month % 100;
            return (month / 100) + (m < 10 ? "-0" : "-") + m;
        }
    }

    private final SystemValues systemValues;
    private final CatalogueImport catalogue;
    private final OwnCounts tallies;
    private volatile boolean catalogued;

    IndicatorFeed(SystemValues systemValues, CatalogueImport catalogue, OwnCounts tallies) {
        this.systemValues = systemValues;
        this.catalogue = catalogue;
        this.tallies = tallies;
        systemValues.claim(DATA_SET, SOURCE);
    }

    private static Map<String, Counter> elements() {
        Map<String, Counter> m = new LinkedHashMap<>();
        m.put("DVC_HS_TONG", Counter.RECEIVED);
        m.put("DVC_HS_TRUC_TUYEN", Counter.ONLINE);
        m.put("DVC_HS_DU_DIEU_KIEN", Counter.ELIGIBLE);
        m.put("DVC_HS_TOAN_TRINH", Counter.FULLY_ONLINE);
        return m;
    }

    /**
     * The months of a batch's delta whose values move: those where a counter the data set takes changed (a status
     * change alone moves other counters, and leaves the unit's values as they are).
     */
    public static Set<UnitMonth> touched(TallyDelta delta) {
        Set<UnitMonth> touched = new TreeSet<>();
        delta.rows().forEach((at, row) -> {
            if (TAKEN.stream().anyMatch(c -> row[c.ordinal()] != 0)) {
                touched.add(at);
            }
        });
        return touched;
    }

    /** Records the units' months as their roll-ups now stand, in the caller's transaction. */
    public SystemValues.Recorded record(Collection<UnitMonth> touched) {
        if (touched.isEmpty()) {
            return new SystemValues.Recorded(0, 0, 0, List.of());
        }
        ensureCatalogue();
        Map<UnitMonth, Map<String, Long>> own = tallies.own(touched);
        List<SystemValues.Entry> entries = new ArrayList<>();
        for (UnitMonth key : touched) {
            Map<String, Long> counts = own.getOrDefault(key, Map.of());
            Map<String, Double> values = new LinkedHashMap<>();
            ELEMENTS.forEach((element, counter) -> values.put(element, (double) counts.getOrDefault(counter.name(), 0L)));
            entries.add(new SystemValues.Entry(DATA_SET, key.unit(), key.period(), values));
        }
        return systemValues.record(SOURCE, entries);
    }

    /** After the repair: every unit and month the roll-ups hold. */
    public SystemValues.Recorded recordAll() {
        return record(tallies.unitMonths());
    }

    private void ensureCatalogue() {
        if (catalogued) {
            return;
        }
        if (!catalogue.hasDataSet(DATA_SET)) {
            catalogue.load(records());
        }
        catalogued = true;
    }

    static CatalogueRecords.Catalogue records() {
        String about = "Tự động từ Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg): số hồ sơ của chính đơn vị"
                + " theo tháng tiếp nhận; không nhập tay.";
        var set = new CatalogueRecords.DataSetRecord(DATA_SET, "Dịch vụ công trực tuyến (tự động, Chỉ số 766)",
                "Online public services (automatic, Decision 766 index)", PeriodType.MONTHLY, 5, about);
        List<CatalogueRecords.ElementRecord> elements = List.of(
                element("DVC_HS_TONG", "Số hồ sơ tiếp nhận (Chỉ số 766)", "Dossiers received (Decision 766 index)"),
                element("DVC_HS_TRUC_TUYEN", "Số hồ sơ tiếp nhận trực tuyến (Chỉ số 766)",
                        "Dossiers received online (Decision 766 index)"),
                element("DVC_HS_DU_DIEU_KIEN", "Số hồ sơ của thủ tục đủ điều kiện trực tuyến toàn trình",
                        "Dossiers of procedures eligible to be fully online"),
                element("DVC_HS_TOAN_TRINH", "Số hồ sơ xử lý trực tuyến toàn trình", "Dossiers handled fully online"));
        String nq57 = "Quyết định 766/QĐ-TTg (chỉ tiêu 3.0); Nghị quyết 57-NQ/TW: mục tiêu 80% trực tuyến toàn trình năm 2025";
        String ct749 = "Quyết định 766/QĐ-TTg; Chương trình Chuyển đổi số quốc gia (Quyết định 749/QĐ-TTg)";
        List<CatalogueRecords.IndicatorRecord> indicators = List.of(
                new CatalogueRecords.IndicatorRecord(FULLY_ONLINE, "Tỷ lệ hồ sơ xử lý trực tuyến toàn trình (Chỉ số 766)",
                        "Share of dossiers handled fully online (Decision 766 index)",
                        "100 * DVC_HS_TOAN_TRINH / DVC_HS_DU_DIEU_KIEN", TargetStatus.Polarity.HIGHER_IS_BETTER, "%", 1, nq57,
                        about),
                new CatalogueRecords.IndicatorRecord(ONLINE_SHARE, "Tỷ lệ hồ sơ tiếp nhận trực tuyến (Chỉ số 766)",
                        "Share of dossiers received online (Decision 766 index)", "100 * DVC_HS_TRUC_TUYEN / DVC_HS_TONG",
                        TargetStatus.Polarity.HIGHER_IS_BETTER, "%", 1, ct749, about));
        List<CatalogueRecords.TargetRecord> targets = List.of(
                new CatalogueRecords.TargetRecord(FULLY_ONLINE, "VN", 40, LocalDate.of(2024, 1, 1), 80,
                        LocalDate.of(2025, 12, 31), List.of()),
                new CatalogueRecords.TargetRecord(ONLINE_SHARE, "VN", 35, LocalDate.of(2024, 1, 1), 60,
                        LocalDate.of(2025, 12, 31), List.of()));
        return new CatalogueRecords.Catalogue(List.of(set), elements, List.of(), indicators, targets, Map.of());
    }

    private static CatalogueRecords.ElementRecord element(String code, String vi, String en) {
        return new CatalogueRecords.ElementRecord(code, DATA_SET, vi, en, ValueType.COUNT, Aggregation.SUM,
                TimeAggregation.SUM, null);
    }
}
