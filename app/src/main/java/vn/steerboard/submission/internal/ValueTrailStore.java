package vn.steerboard.submission.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.steerboard.submission.SubmissionStatus;
import vn.steerboard.submission.ValueTrail.ReportedValue;

/** The SQL of the values behind a cell; unit names come from the registry's published view. */
@Component
public class ValueTrailStore {

    private final JdbcClient jdbc;

    ValueTrailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportedValue> behind(List<String> elements, String unit, String period, int limit) {
        return jdbc.sql("""
                SELECT v.element_code, v.unit_code, u.name_vi, v.numeric_value, s.id, s.status, s.approved_through,
                       s.submitted_on, s.due_on
                FROM data_value v
                JOIN submission s ON s.id = v.submission_id
                JOIN org_unit_facts u ON u.code = v.unit_code
                WHERE v.element_code IN (:elements) AND v.period = :period AND v.lineage LIKE :lineage
                ORDER BY CASE WHEN v.unit_code = :unit THEN 0 ELSE 1 END, u.sort_key, v.element_code
                FETCH FIRST :limit ROWS ONLY""")
                .param("elements", elements).param("period", period).param("lineage", "%|" + unit + "|%")
                .param("unit", unit).param("limit", limit)
                .query((rs, n) -> new ReportedValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getLong(5), SubmissionStatus.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class))).list();
    }
}
