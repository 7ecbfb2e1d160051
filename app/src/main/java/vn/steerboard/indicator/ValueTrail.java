package vn.steerboard.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.steerboard.identity.AccessPolicy;

/** The reported values and submissions behind one cell: an indicator's elements for a unit's subtree and period. */
@Service
public class ValueTrail {

    public static final int LIMIT = 300;
    private final JdbcClient jdbc;
    private final IndicatorCatalogue catalogue;
    private final AccessPolicy access;

    ValueTrail(JdbcClient jdbc, IndicatorCatalogue catalogue, AccessPolicy access) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.access = access;
    }

    public record ReportedValue(String element, String unitCode, String unitName, double value, long submissionId,
            String status, String approvedThrough, java.time.LocalDate submittedOn, java.time.LocalDate dueOn) {

        public boolean late() {
            return submittedOn.isAfter(dueOn);
        }
    }

    /** At most {@link #LIMIT} values, own unit first; readable by those who may read the unit (all signed-in for VN). */
    public List<ReportedValue> behind(String indicator, String unit, String period) {
        if (!Submissions.NATION.equals(unit)) {
            access.requireRead(unit, "INDICATOR_VALUES", indicator);
        } else {
            access.requireActor();
        }
        List<String> elements = new ArrayList<>(catalogue.indicator(indicator).formula().elements());
        if (elements.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(elements);
        params.add(period);
        params.add("%|" + unit + "|%");
        params.add(unit);
        return jdbc.sql("""
                SELECT v.element_code, v.unit_code, u.name_vi, v.numeric_value, s.id, s.status, s.approved_through,
                       s.submitted_on, s.due_on
                FROM data_value v JOIN submission s ON s.id = v.submission_id JOIN org_unit u ON u.code = v.unit_code
                WHERE v.element_code IN (""" + String.join(", ", Collections.nCopies(elements.size(), "?")) + """
                ) AND v.period = ? AND v.lineage LIKE ?
                ORDER BY CASE WHEN v.unit_code = ? THEN 0 ELSE 1 END, u.sort_key, v.element_code""" + " FETCH FIRST " + LIMIT + " ROWS ONLY").params(params)
                .query((rs, n) -> new ReportedValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7), rs.getObject(8, java.time.LocalDate.class),
                        rs.getObject(9, java.time.LocalDate.class))).list();
    }
}
