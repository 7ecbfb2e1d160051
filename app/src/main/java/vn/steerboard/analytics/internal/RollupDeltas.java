package vn.steerboard.analytics.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.steerboard.common.CopyRows;

/**
 * The roll-up rows' deltas merged into {@code element_rollup} without reading them: count, sums and weights move by
 * the delta, min, max and last take what is added when it wins; a row whose count falls to zero is deleted, and a
 * delta that would start a row with nothing in it is dropped. On PostgreSQL the deltas of a whole write go in one
 * {@code MERGE ... USING unnest(arrays)}, whatever their number; on H2 one multi-row {@code MERGE ... USING (VALUES
 * ...)} per {@value #VALUES_ROWS} keys. Both run the same arithmetic on the same deltas, so they store the same rows.
 * Every key lies in a (data set, period) the writer holds the lock of, so no other writer changes the row meanwhile.
 */
@Component
class RollupDeltas {

    private static final int VALUES_ROWS = 500;

    private final JdbcTemplate template;
    private final boolean postgres;

    RollupDeltas(JdbcTemplate template, DataSource dataSource) {
        this.template = template;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** Merges each key's delta into its row (the deltas' count may be negative: values taken out). */
    void merge(char scope, Map<RollupStore.Key, RollupTotals> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        if (postgres) {
            mergeArrays(scope, deltas);
            return;
        }
        List<Object> params = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<RollupStore.Key, RollupTotals> entry : deltas.entrySet()) {
            RollupStore.Key key = entry.getKey();
            RollupTotals d = entry.getValue();
            params.addAll(Arrays.asList(String.valueOf(scope), key.unit(), key.element(), key.period(), d.count, d.sum,
                    d.weightSum, d.weightedSum, d.min, d.max, d.last, d.lastSeq));
            if (++rows == VALUES_ROWS) {
                mergeValues(rows, params);
                params.clear();
                rows = 0;
            }
        }
        if (rows > 0) {
            mergeValues(rows, params);
        }
    }

    private void mergeValues(int rows, List<Object> params) {
        int[] types = new int[params.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = ROW_TYPES[i % ROW_TYPES.length];
        }
        template.update(MERGE.replace("{source}", "(VALUES " + String.join(",\n", Collections.nCopies(rows, VALUES_ROW)) + ")"),
                params.toArray(), types);
    }

    private void mergeArrays(char scope, Map<RollupStore.Key, RollupTotals> deltas) {
        int n = deltas.size();
        Object[][] columns = new Object[12][];
        for (int c = 0; c < 4; c++) {
            columns[c] = new String[n];
        }
        columns[4] = new Long[n];
        for (int c = 5; c < 11; c++) {
            columns[c] = new Double[n];
        }
        columns[11] = new Long[n];
        int i = 0;
        for (Map.Entry<RollupStore.Key, RollupTotals> entry : deltas.entrySet()) {
            RollupStore.Key key = entry.getKey();
            RollupTotals d = entry.getValue();
            Object[] row = {String.valueOf(scope), key.unit(), key.element(), key.period(), d.count, d.sum, d.weightSum,
                d.weightedSum, d.min, d.max, d.last, d.lastSeq};
            for (int c = 0; c < 12; c++) {
                columns[c][i] = row[c];
            }
            i++;
        }
        String[] arrayTypes = {"varchar", "varchar", "varchar", "varchar", "int8", "float8", "float8", "float8", "float8", "float8",
            "float8", "int8"};
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(MERGE.replace("{source}", UNNEST))) {
                for (int c = 0; c < 12; c++) {
                    Array array = connection.createArrayOf(arrayTypes[c], columns[c]);
                    statement.setArray(c + 1, array);
                }
                return statement.executeUpdate();
            }
        });
    }

    /** The SQL types of one row's parameters, so that a null min, max or last is bound as the number it stands for. */
    private static final int[] ROW_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
        Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE, Types.BIGINT};

    private static final String VALUES_ROW = """
            (CAST(? AS VARCHAR(1)), CAST(? AS VARCHAR(16)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(24)), CAST(? AS BIGINT),
             CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
             CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), CAST(? AS BIGINT))""";

    private static final String UNNEST = """
            (SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::float8[],
                                  ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::bigint[]))""";

    private static final String MERGE = """
            MERGE INTO element_rollup r
            USING {source}
                AS d (scope, unit_code, element_code, period, value_count, value_sum, weight_sum, weighted_sum,
                      min_value, max_value, last_value, last_seq)
            ON r.scope = d.scope AND r.unit_code = d.unit_code AND r.element_code = d.element_code AND r.period = d.period
            WHEN MATCHED AND r.value_count + d.value_count <= 0 THEN DELETE
            WHEN MATCHED THEN UPDATE SET
                value_count = r.value_count + d.value_count,
                value_sum = r.value_sum + d.value_sum,
                weight_sum = r.weight_sum + d.weight_sum,
                weighted_sum = r.weighted_sum + d.weighted_sum,
                min_value = CASE WHEN d.min_value IS NULL THEN r.min_value
                                 WHEN r.min_value IS NULL OR d.min_value < r.min_value THEN d.min_value ELSE r.min_value END,
                max_value = CASE WHEN d.max_value IS NULL THEN r.max_value
                                 WHEN r.max_value IS NULL OR d.max_value > r.max_value THEN d.max_value ELSE r.max_value END,
                last_value = CASE WHEN d.last_seq IS NOT NULL AND (r.last_seq IS NULL OR d.last_seq > r.last_seq)
                                  THEN d.last_value ELSE r.last_value END,
                last_seq = CASE WHEN d.last_seq IS NOT NULL AND (r.last_seq IS NULL OR d.last_seq > r.last_seq)
                                THEN d.last_seq ELSE r.last_seq END
            WHEN NOT MATCHED AND d.value_count > 0 THEN INSERT (scope, unit_code, element_code, period, value_count,
                value_sum, weight_sum, weighted_sum, min_value, max_value, last_value, last_seq)
                VALUES (d.scope, d.unit_code, d.element_code, d.period, d.value_count, d.value_sum, d.weight_sum,
                d.weighted_sum, d.min_value, d.max_value, d.last_value, d.last_seq)""";
}
