package vn.steerboard.assessment.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.steerboard.indicator.Aggregation;
import vn.steerboard.indicator.CatalogueRecords;
import vn.steerboard.indicator.PeriodType;
import vn.steerboard.indicator.TargetStatus;
import vn.steerboard.indicator.TimeAggregation;
import vn.steerboard.indicator.ValueType;
import vn.steerboard.registry.Registry;

/**
 * The catalogue entries the assessments record into. The enterprises per level (monthly stock figures: the last month
 * of a longer period counts, summed up the tree) with the programme's 2030 targets: 100,000 enterprises at Optimizing or
 * above (80,000 + 20,000) and 1,000,000 assessed. The agencies' DTI points (yearly, averaged up the tree), appraised and
 * self-assessed, without a target: the programme's text this module holds sets none; and so, in per cent, the agencies'
 * appraised data-governance compliance review.
 */
final class IndicatorCatalogueEntries {

    static final String ENTERPRISES = "DN_CDS";
    static final String ASSESSED = "DN_CDS_DA_DANH_GIA";
    /** Level code of the enterprise frameworks → its element. */
    static final Map<String, String> LEVEL_ELEMENTS = levels();
    static final String DTI = "DTI_CQ";
    static final String DTI_FRAMEWORK = "dti-province";
    static final String DTI_APPRAISED = "DTI_CQ_DIEM_THAM_DINH";
    static final String DTI_SELF = "DTI_CQ_DIEM_TU_DANH_GIA";
    static final String HIGH_INDICATOR = "DN_TOI_UU_TRO_LEN";
    static final String ASSESSED_INDICATOR = "DN_DA_DANH_GIA";
    static final String DTI_INDICATOR = "DTI_THAM_DINH";
    static final String DATA_GOVERNANCE = "QTDL_CQ";
    static final String DATA_GOVERNANCE_FRAMEWORK = "data-governance";
    static final String DATA_GOVERNANCE_APPRAISED = "QTDL_CQ_TUAN_THU_THAM_DINH";
    static final String DATA_GOVERNANCE_SELF = "QTDL_CQ_TUAN_THU_TU_DANH_GIA";
    static final String DATA_GOVERNANCE_INDICATOR = "QTDL_THAM_DINH";

    private static final String ABOUT = "Tự động từ công cụ đánh giá mức độ chuyển đổi số (doanh nghiệp tự đánh giá; bộ, ngành,"
            + " địa phương tự đánh giá DTI và tuân thủ khung quản trị dữ liệu, Bộ Khoa học và Công nghệ thẩm định); không nhập tay.";

    private IndicatorCatalogueEntries() {}

    private static Map<String, String> levels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STARTING", "DN_CDS_KHOI_DAU");
        m.put("ACCELERATING", "DN_CDS_TANG_TOC");
        m.put("OPTIMIZING", "DN_CDS_TOI_UU");
        m.put("ELITE", "DN_CDS_DAN_DAU");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The catalogue entries per data set, in loading order: each is loaded where its data set is missing, so an
     * installation that has the earlier ones gains a later one (the data-governance review) at its next start.
     */
    static Map<String, CatalogueRecords.Catalogue> catalogues() {
        Map<String, CatalogueRecords.Catalogue> all = new LinkedHashMap<>();
        all.put(ENTERPRISES, enterprises());
        all.put(DTI, dti());
        all.put(DATA_GOVERNANCE, dataGovernance());
        return java.util.Collections.unmodifiableMap(all);
    }

    private static CatalogueRecords.Catalogue enterprises() {
        String programme = "Chương trình hỗ trợ doanh nghiệp chuyển đổi số: mục tiêu năm 2030 (80.000 doanh nghiệp mức Tối ưu,"
                + " 20.000 mức Dẫn đầu)";
        List<CatalogueRecords.DataSetRecord> sets = List.of(
                new CatalogueRecords.DataSetRecord(ENTERPRISES, "Doanh nghiệp theo mức độ chuyển đổi số (tự động)",
                        "Enterprises by digital-transformation level (automatic)", PeriodType.MONTHLY, 0, ABOUT));
        List<CatalogueRecords.ElementRecord> elements = new ArrayList<>();
        elements.add(count(ASSESSED, "Số doanh nghiệp đã đánh giá", "Enterprises assessed"));
        elements.add(count("DN_CDS_KHOI_DAU", "Số doanh nghiệp ở mức Khởi đầu", "Enterprises at Starting"));
        elements.add(count("DN_CDS_TANG_TOC", "Số doanh nghiệp ở mức Tăng tốc", "Enterprises at Accelerating"));
        elements.add(count("DN_CDS_TOI_UU", "Số doanh nghiệp ở mức Tối ưu", "Enterprises at Optimizing"));
        elements.add(count("DN_CDS_DAN_DAU", "Số doanh nghiệp ở mức Dẫn đầu", "Enterprises at Elite"));
        List<CatalogueRecords.IndicatorRecord> indicators = List.of(
                indicator(HIGH_INDICATOR, "Số doanh nghiệp đạt mức Tối ưu trở lên", "Enterprises at Optimizing or above",
                        "DN_CDS_TOI_UU + DN_CDS_DAN_DAU", "doanh nghiệp", 0, programme),
                indicator(ASSESSED_INDICATOR, "Số doanh nghiệp đã đánh giá mức độ chuyển đổi số", "Enterprises assessed",
                        ASSESSED, "doanh nghiệp", 0, programme));
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2030, 12, 31);
        List<CatalogueRecords.TargetRecord> targets = List.of(
                new CatalogueRecords.TargetRecord(HIGH_INDICATOR, Registry.NATION, 0, start, 100_000, end, List.of()),
                new CatalogueRecords.TargetRecord(ASSESSED_INDICATOR, Registry.NATION, 0, start, 1_000_000, end, List.of()));
        return new CatalogueRecords.Catalogue(sets, elements, List.of(), indicators, targets, Map.of());
    }

    private static CatalogueRecords.Catalogue dti() {
        String dti = "Quyết định 405/QĐ-BKHCN: Chỉ số chuyển đổi số của bộ, ngành, địa phương (DTI), 1.000 điểm";
        return appraised(new CatalogueRecords.DataSetRecord(DTI, "Chỉ số DTI của bộ, ngành, địa phương (tự động, thẩm định)",
                "Agencies' DTI (automatic, appraised)", PeriodType.YEARLY, 0, ABOUT),
                new CatalogueRecords.ElementRecord(DTI_APPRAISED, DTI, "Điểm DTI sau thẩm định", "DTI points, appraised",
                        ValueType.NUMBER, Aggregation.AVERAGE, TimeAggregation.LAST, null),
                new CatalogueRecords.ElementRecord(DTI_SELF, DTI, "Điểm DTI tự đánh giá", "DTI points, self-assessed",
                        ValueType.NUMBER, Aggregation.AVERAGE, TimeAggregation.LAST, null),
                indicator(DTI_INDICATOR, "Điểm DTI sau thẩm định của Bộ Khoa học và Công nghệ", "DTI points as appraised by MOST",
                        DTI_APPRAISED, "điểm", 1, dti));
    }

    /** The review's score in per cent of its 100 points (averaged up the tree), appraised and self-assessed. */
    private static CatalogueRecords.Catalogue dataGovernance() {
        String source = "Chỉ đạo của Thủ tướng Chính phủ về rà soát tuân thủ các khung quản trị dữ liệu (hạn tháng 12/2025)";
        return appraised(new CatalogueRecords.DataSetRecord(DATA_GOVERNANCE,
                "Rà soát tuân thủ khung quản trị dữ liệu của bộ, ngành, địa phương (tự động, thẩm định)",
                "Agencies' data-governance compliance review (automatic, appraised)", PeriodType.YEARLY, 0, ABOUT),
                new CatalogueRecords.ElementRecord(DATA_GOVERNANCE_APPRAISED, DATA_GOVERNANCE,
                        "Mức tuân thủ khung quản trị dữ liệu sau thẩm định (%)", "Data-governance compliance, appraised (%)",
                        ValueType.PERCENT, Aggregation.AVERAGE, TimeAggregation.LAST, null),
                new CatalogueRecords.ElementRecord(DATA_GOVERNANCE_SELF, DATA_GOVERNANCE,
                        "Mức tuân thủ khung quản trị dữ liệu tự đánh giá (%)", "Data-governance compliance, self-assessed (%)",
                        ValueType.PERCENT, Aggregation.AVERAGE, TimeAggregation.LAST, null),
                indicator(DATA_GOVERNANCE_INDICATOR, "Mức tuân thủ khung quản trị dữ liệu sau thẩm định của Bộ Khoa học và Công nghệ",
                        "Data-governance compliance as appraised by MOST", DATA_GOVERNANCE_APPRAISED, "%", 1, source));
    }

    private static CatalogueRecords.Catalogue appraised(CatalogueRecords.DataSetRecord set,
            CatalogueRecords.ElementRecord appraised, CatalogueRecords.ElementRecord self,
            CatalogueRecords.IndicatorRecord indicator) {
        return new CatalogueRecords.Catalogue(List.of(set), List.of(appraised, self), List.of(), List.of(indicator), List.of(),
                Map.of());
    }

    private static CatalogueRecords.ElementRecord count(String code, String vi, String en) {
        return new CatalogueRecords.ElementRecord(code, ENTERPRISES, vi, en, ValueType.COUNT, Aggregation.SUM,
                TimeAggregation.LAST, null);
    }

    private static CatalogueRecords.IndicatorRecord indicator(String code, String vi, String en, String formula, String unit,
            int decimals, String source) {
        return new CatalogueRecords.IndicatorRecord(code, vi, en, formula, TargetStatus.Polarity.HIGHER_IS_BETTER, unit,
                decimals, source, ABOUT);
    }
}
