package vn.steerboard.submission.internal;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;
import vn.steerboard.common.CopyRows;

/**
 * The value rows of a write. On PostgreSQL they go in with one {@code COPY ... FROM STDIN} (the driver's
 * CopyManager) on the transaction's own connection, straight into {@code data_value}: the rows are new (the values
 * they replace were deleted before, in the same transaction), COPY checks the primary key and the NOT NULLs exactly
 * as INSERT does, and a staging table would only write every row twice. On H2 a JDBC batch. The table has no foreign
 * keys (V114, measured): a row's submission is inserted before it in the same transaction and its element is checked
 * against the catalogue by every writer.
 */
@Component
class DataValueStore {

    private static final String COLUMNS = "element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq, lineage";

    private final DataSource dataSource;
    private final JdbcTemplate template;
    private final boolean postgres;

    DataValueStore(DataSource dataSource, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.template = template;
        this.postgres = CopyRows.postgres(dataSource);
    }

    /** Inside the writer's transaction: the rows commit or roll back with it. */
    void insert(List<Contribution> values, Map<Contribution, Long> submissionOf) {
        if (values.isEmpty()) {
            return;
        }
        if (!postgres) {
            template.batchUpdate("INSERT INTO data_value (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    values.stream().map(c -> new Object[] {c.element(), c.unit(), c.period(), submissionOf.get(c), c.value(),
                        c.weight(), c.seq(), c.lineage()}).toList());
            return;
        }
        CopyRows rows = new CopyRows(values.size());
        for (Contribution c : values) {
            rows.text(c.element()).text(c.unit()).text(c.period()).value(submissionOf.get(c)).value(c.value())
                    .value(c.weight()).value(c.seq()).text(c.lineage()).endRow();
        }
        rows.copyInto(dataSource, "data_value", COLUMNS);
    }
}
