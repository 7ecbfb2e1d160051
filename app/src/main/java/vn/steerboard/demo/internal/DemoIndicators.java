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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.analytics.IndicatorFigures;
import vn.steerboard.analytics.Rollups;
import vn.steerboard.indicator.IndicatorCatalogue;
import vn.steerboard.indicator.Period;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.registry.OrgUnit;
import vn.steerboard.registry.OrgUnitType;
import vn.steerboard.registry.Registry;

/**
 * The built-in national indicator set with synthetic values for all 34 provinces, the ministries and a sample of
 * communes, January 2024 to October 2026. Goals follow the programme's published documents (named in each
 * indicator's source); the values are generated, reproducibly, and describe no real province.
 * Periods up to September 2026 are approved; October 2026 is partly submitted, partly approved at province level,
 * partly missing, so the approval queue and late reporting have something to show. The seed writes values and
 * submissions, then fills the roll-ups with the repair path (the same numbers as the incremental one).
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

    private final JdbcTemplate jdbc;
    private final Registry registry;
    private final Rollups rollups;
    private final IndicatorCatalogue catalogue;
    private final IndicatorFigures figures;
    private final TransactionTemplate transactions;

    DemoIndicators(JdbcTemplate jdbc, Registry registry, Rollups rollups, IndicatorCatalogue catalogue,
            IndicatorFigures figures, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.rollups = rollups;
        this.catalogue = catalogue;
        this.figures = figures;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM data_set WHERE code = 'CDS_TINH'", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            defineSets();
            catalogue.reload();
            seedValues();
            rollups.rebuild();
        });
        figures.forget();
    }

    private void defineSets() {
        dataSet("CDS_TINH", "Chuyển đổi số cấp tỉnh, bộ (hằng tháng)", "Digital transformation, provinces and ministries (monthly)",
                "MONTHLY", 5);
        dataSet("CDS_NAM", "Kinh tế số (hằng năm)", "Digital economy (yearly)", "YEARLY", 90);
        dataSet("CDS_XA", "Chuyển đổi số cấp xã (hằng quý)", "Digital transformation, communes (quarterly)", "QUARTERLY", 10);
        element("TTHC_TONG", "CDS_TINH", "Số thủ tục hành chính đang cung cấp", "Administrative procedures provided", "COUNT", "SUM", "LAST", null);
        element("TTHC_TRUC_TUYEN", "CDS_TINH", "Số thủ tục trực tuyến toàn trình", "Procedures fully online", "COUNT", "SUM", "LAST", null);
        element("HS_TONG", "CDS_TINH", "Số hồ sơ tiếp nhận", "Dossiers received", "COUNT", "SUM", "SUM", null);
        element("HS_TRUC_TUYEN", "CDS_TINH", "Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online", "COUNT", "SUM", "SUM", null);
        element("DAN_SO", "CDS_TINH", "Dân số (nghìn người)", "Population (thousands)", "NUMBER", "SUM", "LAST", null);
        element("DAN_SO_5G", "CDS_TINH", "Dân số được phủ sóng 5G (nghìn người)", "Population covered by 5G (thousands)", "NUMBER", "SUM", "LAST", null);
        element("BV_TONG", "CDS_TINH", "Số bệnh viện tuyến tỉnh", "Provincial hospitals", "COUNT", "SUM", "LAST", null);
        element("BV_BENH_AN_DT", "CDS_TINH", "Số bệnh viện dùng bệnh án điện tử", "Hospitals with electronic medical records", "COUNT", "SUM", "LAST", null);
        element("VB_TONG", "CDS_TINH", "Số văn bằng, chứng chỉ cần số hoá", "Diplomas and certificates to digitise", "COUNT", "SUM", "LAST", null);
        element("VB_SO_HOA", "CDS_TINH", "Số văn bằng, chứng chỉ đã số hoá", "Diplomas and certificates digitised", "COUNT", "SUM", "LAST", null);
        element("NGUOI_TRUONG_THANH", "CDS_TINH", "Dân số trưởng thành (nghìn người)", "Adult population (thousands)", "NUMBER", "SUM", "LAST", null);
        element("CKS_CA_NHAN", "CDS_TINH", "Người có chữ ký số cá nhân (nghìn người)", "Adults with a digital signature (thousands)", "NUMBER", "SUM", "LAST", null);
        element("VNEID_KICH_HOAT", "CDS_TINH", "Tài khoản VNeID đã kích hoạt (nghìn)", "VNeID accounts activated (thousands)", "NUMBER", "SUM", "LAST", null);
        element("NS_DU_TOAN", "CDS_TINH", "Dự toán ngân sách chuyển đổi số (tỷ đồng)", "Digital-transformation budget (billion VND)", "NUMBER", "SUM", "LAST", null);
        element("NS_GIAI_NGAN", "CDS_TINH", "Đã giải ngân lũy kế (tỷ đồng)", "Disbursed to date (billion VND)", "NUMBER", "SUM", "LAST", null);
        element("GRDP", "CDS_NAM", "GRDP (nghìn tỷ đồng)", "GRDP (trillion VND)", "NUMBER", "SUM", "LAST", null);
        element("KTS_TY_TRONG", "CDS_NAM", "Tỷ trọng kinh tế số trong GRDP (%)", "Digital economy share of GRDP (%)", "PERCENT",
                "WEIGHTED_AVERAGE", "LAST", "GRDP");
        element("TO_CNS", "CDS_XA", "Có Tổ công nghệ số cộng đồng (1 = có)", "Has a community digital technology team (1 = yes)",
                "BOOLEAN", "AVERAGE", "LAST", null);
        rule("R_TTHC", "CDS_TINH", "Thủ tục trực tuyến không vượt tổng số thủ tục", "Online procedures do not exceed all procedures",
                "TTHC_TRUC_TUYEN", "<=", "TTHC_TONG", "HIGH");
        rule("R_HS", "CDS_TINH", "Hồ sơ trực tuyến không vượt tổng số hồ sơ", "Online dossiers do not exceed all dossiers",
                "HS_TRUC_TUYEN", "<=", "HS_TONG", "HIGH");
        rule("R_5G", "CDS_TINH", "Dân số phủ 5G không vượt dân số", "5G-covered population does not exceed population",
                "DAN_SO_5G", "<=", "DAN_SO", "HIGH");
        rule("R_BV", "CDS_TINH", "Bệnh viện có bệnh án điện tử không vượt tổng số", "EMR hospitals do not exceed all hospitals",
                "BV_BENH_AN_DT", "<=", "BV_TONG", "HIGH");
        rule("R_VB", "CDS_TINH", "Văn bằng đã số hoá không vượt tổng số", "Digitised diplomas do not exceed all diplomas",
                "VB_SO_HOA", "<=", "VB_TONG", "HIGH");
        rule("R_CKS", "CDS_TINH", "Người có chữ ký số không vượt dân số trưởng thành", "Signature holders do not exceed adults",
                "CKS_CA_NHAN", "<=", "NGUOI_TRUONG_THANH", "HIGH");
        rule("R_NS", "CDS_TINH", "Giải ngân không vượt dự toán", "Disbursement does not exceed the budget",
                "NS_GIAI_NGAN", "<=", "NS_DU_TOAN", "HIGH");
        rule("R_VB_LUY_KE", "CDS_TINH", "Số văn bằng đã số hoá (lũy kế) không giảm so với kỳ trước",
                "Digitised diplomas (cumulative) not below last period", "VB_SO_HOA", ">=", "VB_SO_HOA.prev", "MEDIUM");
        rule("R_NS_LUY_KE", "CDS_TINH", "Giải ngân lũy kế không giảm so với kỳ trước", "Cumulative disbursement not below last period",
                "NS_GIAI_NGAN", ">=", "NS_GIAI_NGAN.prev", "LOW");
        String nq57 = "Nghị quyết 57-NQ/TW (22/12/2024) và Kế hoạch 02-KH/BCĐTW";
        String qd06 = "Đề án 06 (Quyết định 06/QĐ-TTg ngày 06/01/2022)";
        String ct749 = "Chương trình Chuyển đổi số quốc gia (Quyết định 749/QĐ-TTg ngày 03/6/2020)";
        indicator(1, "TTHC_TOAN_TRINH", "Tỷ lệ thủ tục hành chính trực tuyến toàn trình", "Share of procedures handled fully online",
                "100 * TTHC_TRUC_TUYEN / TTHC_TONG", "%", nq57 + "; mục tiêu 80% năm 2025");
        indicator(2, "HS_TRUC_TUYEN_TL", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate", "100 * HS_TRUC_TUYEN / HS_TONG", "%",
                ct749 + "; mục tiêu minh hoạ 60% năm 2025");
        indicator(3, "PHU_SONG_5G", "Tỷ lệ dân số được phủ sóng 5G", "5G population coverage", "100 * DAN_SO_5G / DAN_SO", "%",
                nq57 + "; mục tiêu 90% năm 2025");
        indicator(4, "BENH_AN_DT", "Tỷ lệ bệnh viện tuyến tỉnh dùng bệnh án điện tử", "Provincial hospitals with electronic records",
                "100 * BV_BENH_AN_DT / BV_TONG", "%", nq57 + "; mục tiêu minh hoạ 100% năm 2025");
        indicator(5, "VAN_BANG_SO", "Tỷ lệ văn bằng, chứng chỉ được số hoá", "Share of diplomas digitised", "100 * VB_SO_HOA / VB_TONG",
                "%", nq57 + "; mục tiêu 100% năm 2026");
        indicator(6, "CHU_KY_SO", "Tỷ lệ người trưởng thành có chữ ký số", "Adults with a digital signature",
                "100 * CKS_CA_NHAN / NGUOI_TRUONG_THANH", "%", qd06 + "; mục tiêu minh hoạ 50% năm 2026");
        indicator(7, "VNEID", "Tài khoản VNeID đã kích hoạt", "VNeID accounts activated", "VNEID_KICH_HOAT", "nghìn", qd06);
        indicator(8, "TO_CNS_TL", "Tỷ lệ xã có Tổ công nghệ số cộng đồng", "Communes with a community digital technology team",
                "100 * TO_CNS", "%", ct749 + "; mục tiêu minh hoạ 100% năm 2025");
        indicator(9, "KINH_TE_SO", "Tỷ trọng kinh tế số trong GDP", "Digital economy share of GDP", "KTS_TY_TRONG", "%",
                nq57 + "; mục tiêu 30% năm 2030");
        indicator(10, "GIAI_NGAN", "Tỷ lệ giải ngân kinh phí chuyển đổi số", "Disbursement of the digital-transformation budget",
                "100 * NS_GIAI_NGAN / NS_DU_TOAN", "%", nq57 + "; mục tiêu minh hoạ 100% năm 2026");
        target("TTHC_TOAN_TRINH", "VN", 40, "2024-01-01", 80, "2025-12-31");
        target("TTHC_TOAN_TRINH", "01", 45, "2024-01-01", 90, "2025-12-31");
        target("HS_TRUC_TUYEN_TL", "VN", 35, "2024-01-01", 60, "2025-12-31");
        target("PHU_SONG_5G", "VN", 10, "2024-01-01", 90, "2025-12-31");
        target("BENH_AN_DT", "VN", 30, "2024-01-01", 100, "2025-12-31");
        target("VAN_BANG_SO", "VN", 20, "2024-01-01", 100, "2026-12-31");
        target("CHU_KY_SO", "VN", 8, "2024-01-01", 50, "2026-12-31");
        target("TO_CNS_TL", "VN", 40, "2024-01-01", 100, "2025-12-31");
        target("KINH_TE_SO", "VN", 18.3, "2024-01-01", 30, "2030-12-31");
        target("GIAI_NGAN", "VN", 0, "2024-01-01", 100, "2026-12-31");
        // Plan 02's milestone: fully-online procedures at 60% by mid-2025 (an illustrative intermediate point)
        jdbc.update("INSERT INTO target_milestone (target_id, milestone_date, milestone_value) SELECT id, DATE '2025-06-30', 60"
                + " FROM indicator_target WHERE indicator_code = 'TTHC_TOAN_TRINH' AND unit_code = 'VN'");
        for (String code : List.of("TTHC_TOAN_TRINH", "HS_TRUC_TUYEN_TL", "PHU_SONG_5G", "BENH_AN_DT", "VAN_BANG_SO", "CHU_KY_SO",
                "TO_CNS_TL", "KINH_TE_SO", "GIAI_NGAN")) {
            jdbc.update("INSERT INTO composite_component (indicator_code, weight) VALUES (?, ?)", code,
                    code.equals("TTHC_TOAN_TRINH") ? 2.0 : 1.0);
        }
    }

    private void seedValues() {
        Random random = new Random(57);
        List<Object[]> submissions = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        long[] ids = {jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM submission", Long.class)};
        long[] seq = {jdbc.queryForObject("SELECT COALESCE(MAX(entry_seq), 0) FROM data_value", Long.class)};
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
                addSubmission(submissions, values, ids, seq, "CDS_TINH", province.code(), month, 5, lateness, random, v);
            }
            // yearly digital economy share, weighted by GRDP
            for (int year = 2024; year <= 2025; year++) {
                Period period = Period.parse(String.valueOf(year));
                Map<String, Double> v = new LinkedHashMap<>();
                v.put("GRDP", (double) Math.round(population * (0.09 + random.nextDouble() * 0.05) * (year == 2024 ? 1 : 1.07)));
                v.put("KTS_TY_TRONG", Math.round((12 + 10 * capability + (year - 2024) * 1.6 + random.nextGaussian()) * 10) / 10.0);
                addSubmission(submissions, values, ids, seq, "CDS_NAM", province.code(), period, 90, lateness, random, v);
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
                    addSubmission(submissions, values, ids, seq, "CDS_XA", commune.code(), quarters.get(q), 10, lateness,
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
                addSubmission(submissions, values, ids, seq, "CDS_TINH", ministry.code(), months.get(t), 5, lateness, random, v);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO submission (id, data_set_code, unit_code, period, period_end, due_on, status, approved_through,
                       channel, submitted_by, submitted_at, submitted_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', 'demo', ?, ?)""", submissions);
        jdbc.batchUpdate("""
                INSERT INTO data_value (element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq, lineage)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", values);
        jdbc.update("ALTER TABLE submission ALTER COLUMN id RESTART WITH " + (ids[0] + 1));
    }

    /** A share rising from {@code start} by {@code gain} over the whole span, with a little noise, below 1. */
    private static double share(double start, double gain, double progress, Random random) {
        return Math.max(0, Math.min(0.995, start + gain * progress + random.nextGaussian() * 0.01));
    }

    private void addSubmission(List<Object[]> submissions, List<Object[]> values, long[] ids, long[] seq, String dataSet,
            String unit, Period period, int deadlineDays, int lateness, Random random, Map<String, Double> v) {
        boolean lastMonth = period.end().equals(LAST_MONTH_END);
        int draw = random.nextInt(10);
        if (lastMonth && draw < 2) {
            return; // not reported yet: late
        }
        long id = ++ids[0];
        LocalDate due = period.end().plusDays(deadlineDays);
        LocalDate submitted = random.nextInt(10) < lateness / 3 ? due.plusDays(1 + random.nextInt(12)) : due.minusDays(random.nextInt(4));
        String status = lastMonth && draw < 6 ? "SUBMITTED" : "APPROVED";
        String through = "APPROVED".equals(status) ? "VN" : draw < 4 ? null : registry.lineage(unit).get(0);
        submissions.add(new Object[] {id, dataSet, unit, period.code(), period.end(), due, status, through,
            OffsetDateTime.of(submitted.atTime(9, 0), ZoneOffset.ofHours(7)), submitted});
        String lineage = Contribution.lineageOf(registry.lineage(unit));
        for (Map.Entry<String, Double> value : v.entrySet()) {
            double weight = value.getKey().equals("KTS_TY_TRONG") ? v.get("GRDP") : 1;
            values.add(new Object[] {value.getKey(), unit, period.code(), id, value.getValue(), weight, ++seq[0], lineage});
        }
    }

    private void dataSet(String code, String vi, String en, String periodType, int deadlineDays) {
        jdbc.update("INSERT INTO data_set (code, name_vi, name_en, period_type, deadline_days, description) VALUES (?, ?, ?, ?, ?, ?)",
                code, vi, en, periodType, deadlineDays, DESCRIPTION);
    }

    private void element(String code, String set, String vi, String en, String type, String tree, String time, String weight) {
        jdbc.update("""
                INSERT INTO data_element (code, data_set_code, name_vi, name_en, value_type, tree_aggregation, time_aggregation,
                       weight_element) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", code, set, vi, en, type, tree, time, weight);
    }

    private void rule(String code, String set, String vi, String en, String left, String operator, String right, String importance) {
        jdbc.update("""
                INSERT INTO validation_rule (code, data_set_code, name_vi, name_en, left_side, operator, right_side, importance)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", code, set, vi, en, left, operator, right, importance);
    }

    private void indicator(int order, String code, String vi, String en, String formula, String unitLabel, String source) {
        jdbc.update("""
                INSERT INTO indicator (code, name_vi, name_en, formula, polarity, unit_label, decimals, source, description, sort_order)
                VALUES (?, ?, ?, ?, 'HIGHER_IS_BETTER', ?, 1, ?, ?, ?)""", code, vi, en, formula, unitLabel, source, DESCRIPTION, order);
    }

    private void target(String indicator, String unit, double baseline, String baselineDate, double target, String deadline) {
        jdbc.update("""
                INSERT INTO indicator_target (indicator_code, unit_code, baseline_value, baseline_date, target_value, deadline)
                VALUES (?, ?, ?, ?, ?, ?)""", indicator, unit, baseline, LocalDate.parse(baselineDate), target, LocalDate.parse(deadline));
    }
}
