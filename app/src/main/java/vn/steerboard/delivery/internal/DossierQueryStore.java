package vn.steerboard.delivery.internal;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.steerboard.delivery.SubIndicator;

/** The dossiers behind a figure: a unit's subtree (registry view org_unit_lineage), months, a row's denominator. */
@Repository
public class DossierQueryStore {

    /** Each dossier row's denominator as SQL over delivery_dossier (constant text; values are bound). */
    private static final Map<SubIndicator, String> DENOMINATOR = Map.of(
            SubIndicator.D4_1, "d.closed_on IS NOT NULL",
            SubIndicator.O3_0, "d.eligible = TRUE",
            SubIndicator.M3_6, "d.fee_vnd > 0",
            SubIndicator.P2_2, "d.status = 'COMPLETED'");

    private static final String FROM = """
             FROM delivery_dossier d
            WHERE d.unit_code IN (SELECT l.code FROM org_unit_lineage l WHERE l.ancestor_code = :unit)
              AND d.ym BETWEEN :from AND :to AND d.status <> 'WITHDRAWN' AND %s""";

    private final NamedParameterJdbcTemplate jdbc;

    DossierQueryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DossierState> page(String unit, int from, int to, SubIndicator row, int offset, int size) {
        return jdbc.query("SELECT d.*" + FROM.formatted(condition(row)) + " ORDER BY d.received_at DESC, d.id"
                + " LIMIT :size OFFSET :offset", params(unit, from, to).addValue("size", size).addValue("offset", offset),
                StateStore::dossier);
    }

    public long count(String unit, int from, int to, SubIndicator row) {
        return jdbc.queryForObject("SELECT COUNT(*)" + FROM.formatted(condition(row)), params(unit, from, to), Long.class);
    }

    private static String condition(SubIndicator row) {
        return row == null ? "1 = 1" : DENOMINATOR.getOrDefault(row, "1 = 1");
    }

    private static MapSqlParameterSource params(String unit, int from, int to) {
        return new MapSqlParameterSource("unit", unit).addValue("from", from).addValue("to", to);
    }
}
