package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.indicator.CatalogueImport;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;
import vn.steerboard.submission.HistoricalValues;
import vn.steerboard.submission.PastValues.PastSubmission;
import vn.steerboard.submission.SubmissionStatus;

/**
 * The built-in national indicator set with synthetic values for all 34 provinces, the ministries and a sample of
 * communes, January 2024 to October 2026. Goals follow the programme's published documents (named in each
 * indicator's source); the values are generated, reproducibly, and describe no real province.
 * Periods up to September 2026 are approved; October 2026 is partly submitted, partly approved at province level,
 * partly missing, so the approval queue and late reporting have something to show. The seed writes values and
 * submissions through submission's {@link HistoricalValues} (the catalogue through indicator's {@link CatalogueImport}),
 * then fills the roll-ups with the repair path (the same numbers as the incremental one).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "steerboard.demo.enabled", havingValue = "true")
class DemoIndicators implements ApplicationRunner {

    static final String DESCRIPTION = "Giá trị tổng hợp (synthetic) cho mục đích trình diễn, không phải số liệu thực của địa"
            + " phương nào. Demo values, generated; they describe no real province.";
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final LocalDate LAST_MONTH_END = LocalDate.of(2026, 10, 31);
    private static final int COMMUNES_PER_PROVINCE = 8;

    private final Registry registry;
    private final CatalogueImport catalogue;
    private final HistoricalValues values;
    private final Rollups rollups;
    private final IndicatorFigures figures;
    private final TransactionTemplate transactions;
    private final DemoBackground background;

    DemoIndicators(Registry registry, CatalogueImport catalogue, HistoricalValues values, Rollups rollups,
            IndicatorFigures figures, TransactionTemplate transactions, DemoBackground background) {
        this.background = background;
        this.registry = registry;
        this.catalogue = catalogue;
        this.values = values;
        this.rollups = rollups;
        this.figures = figures;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        background.run("indicator values", this::seed);
    }

    /** The seeding itself, on the start-up thread or the background one (DemoBackground). */
    void seed() {
        if (catalogue.hasDataSet("CDS_TINH")) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            catalogue.load(DemoCatalogue.catalogue());
            values.load(pastSubmissions(), "DEMO", "demo");
            rollups.rebuild();
        });
        figures.forget();
    }

    private List<PastSubmission> pastSubmissions() {
        Random random = new Random(57);
        List<PastSubmission> submissions = new ArrayList<>();
        List<Period> months = Period.between(PeriodType.MONTHLY, FIRST, LAST_MONTH_END);
        for (OrgUnit province : registry.all(OrgUnitType.PROVINCE, null)) {
            double population = 800 + random.nextInt(7200);
            double capability = 0.7 + random.nextDouble() * 0.55;
            int lateness = random.nextInt(10);
            for (int t = 0; t < months.size(); t++) {
                Period month = months.get(t);
                double x = t / 33.0;
                Map<String, Double> v = new LinkedHashMap<>();
                double procedures = 1_700 + (int) (population / 20);
                v.put("TTHC_TONG", procedures);
                v.put("TTHC_TRUC_TUYEN", Math.floor(procedures * share(0.30 + 0.10 * capability, 0.55 * capability, x, random)));
                double dossiers = Math.round(population * (9 + random.nextDouble() * 2));
                v.put("HS_TONG", dossiers);
                v.put("HS_TRUC_TUYEN", Math.floor(dossiers * share(0.28, 0.40 * capability, x, random)));
                v.put("DAN_SO", population);
                v.put("DAN_SO_5G", Math.round(population * share(0.04, 0.95 * capability, x * x, random) * 10) / 10.0);
                double hospitals = 8 + (int) (population / 400);
                v.put("BV_TONG", hospitals);
                v.put("BV_BENH_AN_DT", Math.min(hospitals, Math.floor(hospitals * share(0.25, 0.80 * capability, x, random))));
                double diplomas = Math.round(population * 120);
                v.put("VB_TONG", diplomas);
                v.put("VB_SO_HOA", Math.floor(diplomas * Math.min(0.999, 0.15 + 0.75 * capability * x)));
                double adults = Math.round(population * 0.72);
                v.put("NGUOI_TRUONG_THANH", adults);
                v.put("CKS_CA_NHAN", Math.round(adults * share(0.06, 0.38 * capability, x, random) * 10) / 10.0);
                v.put("VNEID_KICH_HOAT", Math.round(adults * share(0.45, 0.45 * capability, x, random) * 10) / 10.0);
                double budget = Math.round(population / 10);
                v.put("NS_DU_TOAN", budget);
                v.put("NS_GIAI_NGAN", Math.round(budget * Math.min(1, 0.9 * capability * x) * 10) / 10.0);
                addSubmission(submissions, "CDS_TINH", province.code(), month, 5, lateness, random, v);
            }
            // yearly digital economy share, weighted by GRDP
            for (int year = 2024; year <= 2025; year++) {
                Period period = Period.parse(String.valueOf(year));
                Map<String, Double> v = new LinkedHashMap<>();
                v.put("GRDP", (double) Math.round(population * (0.09 + random.nextDouble() * 0.05) * (year == 2024 ? 1 : 1.07)));
                v.put("KTS_TY_TRONG", Math.round((12 + 10 * capability + (year - 2024) * 1.6 + random.nextGaussian()) * 10) / 10.0);
                addSubmission(submissions, "CDS_NAM", province.code(), period, 90, lateness, random, v);
            }
            List<OrgUnit> communes = registry.all(OrgUnitType.COMMUNE, province.code());
            List<OrgUnit> sample = new ArrayList<>();
            for (OrgUnit commune : communes) {
                if (commune.code().equals("00004") || commune.code().equals("00008")
                        || (sample.size() < COMMUNES_PER_PROVINCE && random.nextInt(Math.max(1, communes.size() / 12)) == 0)) {
                    sample.add(commune);
                }
            }
            for (OrgUnit commune : sample) {
                int joins = random.nextInt(10);
                List<Period> quarters = Period.between(PeriodType.QUARTERLY, FIRST, LocalDate.of(2026, 9, 30));
                for (int q = 0; q < quarters.size(); q++) {
                    double team = q >= joins * capability ? 1 : 0;
                    addSubmission(submissions, "CDS_XA", commune.code(), quarters.get(q), 10, lateness,
                            random, Map.of("TO_CNS", team));
                }
            }
        }
        for (OrgUnit ministry : registry.all(OrgUnitType.CENTRAL, null)) {
            double capability = 0.6 + random.nextDouble() * 0.6;
            double procedures = 80 + random.nextInt(300);
            double dossiers = 2_000 + random.nextInt(60_000);
            double budget = 20 + random.nextInt(400);
            int lateness = random.nextInt(10);
            for (int t = 0; t < months.size(); t++) {
                double x = t / 33.0;
                Map<String, Double> v = new LinkedHashMap<>();
                v.put("TTHC_TONG", procedures);
                v.put("TTHC_TRUC_TUYEN", Math.floor(procedures * share(0.35, 0.55 * capability, x, random)));
                v.put("HS_TONG", dossiers);
                v.put("HS_TRUC_TUYEN", Math.floor(dossiers * share(0.30, 0.45 * capability, x, random)));
                v.put("NS_DU_TOAN", budget);
                v.put("NS_GIAI_NGAN", Math.round(budget * Math.min(1, 0.85 * capability * x) * 10) / 10.0);
                addSubmission(submissions, "CDS_TINH", ministry.code(), months.get(t), 5, lateness, random, v);
            }
        }
        return submissions;
    }

    /** A share rising from {@code start} by {@code gain} over the whole span, with a little noise, below 1. */
    private static double share(double start, double gain, double progress, Random random) {
        return Math.max(0, Math.min(0.995, start + gain * progress + random.nextGaussian() * 0.01));
    }

    private void addSubmission(List<PastSubmission> submissions, String dataSet, String unit, Period period,
            int deadlineDays, int lateness, Random random, Map<String, Double> v) {
        boolean lastMonth = period.end().equals(LAST_MONTH_END);
        int draw = random.nextInt(10);
        if (lastMonth && draw < 2) {
            return; // not reported yet: late
        }
        LocalDate due = period.end().plusDays(deadlineDays);
        LocalDate submitted = random.nextInt(10) < lateness / 3 ? due.plusDays(1 + random.nextInt(12)) : due.minusDays(random.nextInt(4));
        SubmissionStatus status = lastMonth && draw < 6 ? SubmissionStatus.SUBMITTED : SubmissionStatus.APPROVED;
        String through = status == SubmissionStatus.APPROVED ? "VN" : draw < 4 ? null : registry.lineage(unit).get(0);
        Map<String, Double> weights = v.containsKey("KTS_TY_TRONG") ? Map.of("KTS_TY_TRONG", v.get("GRDP")) : Map.of();
        submissions.add(new PastSubmission(dataSet, unit, period, due, status, through,
                OffsetDateTime.of(submitted.atTime(9, 0), ZoneOffset.ofHours(7)), submitted, v, weights));
    }
}
