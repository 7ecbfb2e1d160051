package vn.steerboard.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.CatalogueRecords.Catalogue;
import vn.steerboard.indicator.CatalogueRecords.DataSetRecord;
import vn.steerboard.indicator.CatalogueRecords.ElementRecord;
import vn.steerboard.indicator.CatalogueRecords.IndicatorRecord;
import vn.steerboard.indicator.CatalogueRecords.RuleRecord;
import vn.steerboard.indicator.CatalogueRecords.TargetRecord;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TargetView;
import vn.steerboard.indicator.TimeAggregation;
import vn.steerboard.indicator.ValidationRule.Importance;
import vn.steerboard.indicator.ValueType;

/**
 * The built-in national indicator set: three data sets, their elements and rules, ten indicators whose goals follow
 * the programme's published documents (named in each indicator's source), their targets and the composite's weights.
 */
final class DemoCatalogue {

    private final List<DataSetRecord> dataSets = new ArrayList<>();
    private final List<ElementRecord> elements = new ArrayList<>();
    private final List<RuleRecord> rules = new ArrayList<>();
    private final List<IndicatorRecord> indicators = new ArrayList<>();
    private final List<TargetRecord> targets = new ArrayList<>();

    static Catalogue catalogue() {
        DemoCatalogue demo = new DemoCatalogue();
        demo.define();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String code : List.of("TTHC_TOAN_TRINH", "HS_TRUC_TUYEN_TL", "PHU_SONG_5G", "BENH_AN_DT", "VAN_BANG_SO",
                "CHU_KY_SO", "TO_CNS_TL", "KINH_TE_SO", "GIAI_NGAN")) {
            weights.put(code, code.equals("TTHC_TOAN_TRINH") ? 2.0 : 1.0);
        }
        return new Catalogue(demo.dataSets, demo.elements, demo.rules, demo.indicators, demo.targets, weights);
    }

    private void define() {
        dataSet("CDS_TINH", "Chuyển đổi số cấp tỉnh, bộ (hằng tháng)", "Digital transformation, provinces and ministries (monthly)",
                PeriodType.MONTHLY, 5);
        dataSet("CDS_NAM", "Kinh tế số (hằng năm)", "Digital economy (yearly)", PeriodType.YEARLY, 90);
        dataSet("CDS_XA", "Chuyển đổi số cấp xã (hằng quý)", "Digital transformation, communes (quarterly)", PeriodType.QUARTERLY, 10);
        element("TTHC_TONG", "CDS_TINH", "Số thủ tục hành chính đang cung cấp", "Administrative procedures provided", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("TTHC_TRUC_TUYEN", "CDS_TINH", "Số thủ tục trực tuyến toàn trình", "Procedures fully online", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("HS_TONG", "CDS_TINH", "Số hồ sơ tiếp nhận", "Dossiers received", ValueType.COUNT, Aggregation.SUM, TimeAggregation.SUM, null);
        element("HS_TRUC_TUYEN", "CDS_TINH", "Số hồ sơ tiếp nhận trực tuyến", "Dossiers received online", ValueType.COUNT, Aggregation.SUM, TimeAggregation.SUM, null);
        element("DAN_SO", "CDS_TINH", "Dân số (nghìn người)", "Population (thousands)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("DAN_SO_5G", "CDS_TINH", "Dân số được phủ sóng 5G (nghìn người)", "Population covered by 5G (thousands)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("BV_TONG", "CDS_TINH", "Số bệnh viện tuyến tỉnh", "Provincial hospitals", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("BV_BENH_AN_DT", "CDS_TINH", "Số bệnh viện dùng bệnh án điện tử", "Hospitals with electronic medical records", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("VB_TONG", "CDS_TINH", "Số văn bằng, chứng chỉ cần số hoá", "Diplomas and certificates to digitise", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("VB_SO_HOA", "CDS_TINH", "Số văn bằng, chứng chỉ đã số hoá", "Diplomas and certificates digitised", ValueType.COUNT, Aggregation.SUM, TimeAggregation.LAST, null);
        element("NGUOI_TRUONG_THANH", "CDS_TINH", "Dân số trưởng thành (nghìn người)", "Adult population (thousands)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("CKS_CA_NHAN", "CDS_TINH", "Người có chữ ký số cá nhân (nghìn người)", "Adults with a digital signature (thousands)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("VNEID_KICH_HOAT", "CDS_TINH", "Tài khoản VNeID đã kích hoạt (nghìn)", "VNeID accounts activated (thousands)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("NS_DU_TOAN", "CDS_TINH", "Dự toán ngân sách chuyển đổi số (tỷ đồng)", "Digital-transformation budget (billion VND)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("NS_GIAI_NGAN", "CDS_TINH", "Đã giải ngân lũy kế (tỷ đồng)", "Disbursed to date (billion VND)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("GRDP", "CDS_NAM", "GRDP (nghìn tỷ đồng)", "GRDP (trillion VND)", ValueType.NUMBER, Aggregation.SUM, TimeAggregation.LAST, null);
        element("KTS_TY_TRONG", "CDS_NAM", "Tỷ trọng kinh tế số trong GRDP (%)", "Digital economy share of GRDP (%)", ValueType.PERCENT,
                Aggregation.WEIGHTED_AVERAGE, TimeAggregation.LAST, "GRDP");
        element("TO_CNS", "CDS_XA", "Có Tổ công nghệ số cộng đồng (1 = có)", "Has a community digital technology team (1 = yes)",
                ValueType.BOOLEAN, Aggregation.AVERAGE, TimeAggregation.LAST, null);
        rule("R_TTHC", "CDS_TINH", "Thủ tục trực tuyến không vượt tổng số thủ tục", "Online procedures do not exceed all procedures",
                "TTHC_TRUC_TUYEN", "<=", "TTHC_TONG", Importance.HIGH);
        rule("R_HS", "CDS_TINH", "Hồ sơ trực tuyến không vượt tổng số hồ sơ", "Online dossiers do not exceed all dossiers",
                "HS_TRUC_TUYEN", "<=", "HS_TONG", Importance.HIGH);
        rule("R_5G", "CDS_TINH", "Dân số phủ 5G không vượt dân số", "5G-covered population does not exceed population",
                "DAN_SO_5G", "<=", "DAN_SO", Importance.HIGH);
        rule("R_BV", "CDS_TINH", "Bệnh viện có bệnh án điện tử không vượt tổng số", "EMR hospitals do not exceed all hospitals",
                "BV_BENH_AN_DT", "<=", "BV_TONG", Importance.HIGH);
        rule("R_VB", "CDS_TINH", "Văn bằng đã số hoá không vượt tổng số", "Digitised diplomas do not exceed all diplomas",
                "VB_SO_HOA", "<=", "VB_TONG", Importance.HIGH);
        rule("R_CKS", "CDS_TINH", "Người có chữ ký số không vượt dân số trưởng thành", "Signature holders do not exceed adults",
                "CKS_CA_NHAN", "<=", "NGUOI_TRUONG_THANH", Importance.HIGH);
        rule("R_NS", "CDS_TINH", "Giải ngân không vượt dự toán", "Disbursement does not exceed the budget",
                "NS_GIAI_NGAN", "<=", "NS_DU_TOAN", Importance.HIGH);
        rule("R_VB_LUY_KE", "CDS_TINH", "Số văn bằng đã số hoá (lũy kế) không giảm so với kỳ trước",
                "Digitised diplomas (cumulative) not below last period", "VB_SO_HOA", ">=", "VB_SO_HOA.prev", Importance.MEDIUM);
        rule("R_NS_LUY_KE", "CDS_TINH", "Giải ngân lũy kế không giảm so với kỳ trước", "Cumulative disbursement not below last period",
                "NS_GIAI_NGAN", ">=", "NS_GIAI_NGAN.prev", Importance.LOW);
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
    }

    private void dataSet(String code, String vi, String en, PeriodType periodType, int deadlineDays) {
        dataSets.add(new DataSetRecord(code, vi, en, periodType, deadlineDays, DemoIndicators.DESCRIPTION));
    }

    private void element(String code, String set, String vi, String en, ValueType type, Aggregation tree,
            TimeAggregation time, String weight) {
        elements.add(new ElementRecord(code, set, vi, en, type, tree, time, weight));
    }

    private void rule(String code, String set, String vi, String en, String left, String operator, String right,
            Importance importance) {
        rules.add(new RuleRecord(code, set, vi, en, left, operator, right, importance));
    }

    /** Indicators in the order given; {@code order} states it where they are defined. */
    private void indicator(int order, String code, String vi, String en, String formula, String unitLabel, String source) {
        if (order != indicators.size() + 1) {
            throw new IllegalStateException("indicator " + code + " out of order");
        }
        indicators.add(new IndicatorRecord(code, vi, en, formula, TargetStatus.Polarity.HIGHER_IS_BETTER, unitLabel, 1,
                source, DemoIndicators.DESCRIPTION));
    }

    private void target(String indicator, String unit, double baseline, String baselineDate, double target, String deadline) {
        // Plan 02's milestone: fully-online procedures at 60% by mid-2025 (an illustrative intermediate point)
        List<TargetView.Milestone> milestones = indicator.equals("TTHC_TOAN_TRINH") && unit.equals("VN")
                ? List.of(new TargetView.Milestone(LocalDate.of(2025, 6, 30), 60)) : List.of();
        targets.add(new TargetRecord(indicator, unit, baseline, LocalDate.parse(baselineDate), target,
                LocalDate.parse(deadline), milestones));
    }
}
