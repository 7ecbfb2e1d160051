package vn.steerboard.submission.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.steerboard.analytics.Contribution;

/**
 * The value rows of a write. On PostgreSQL they go in with one {@code COPY ... FROM STDIN} (the driver's
 * CopyManager) on the transaction's own connection, straight into {@code data_value}: the rows are new (the values
 * they replace were deleted before, in the same transaction), COPY checks the primary key, the foreign keys and the
 * NOT NULLs exactly as INSERT does, and a staging table would only write every row twice. On H2 a JDBC batch.
 */
@Component
class DataValueStore {

    private static final String COLUMNS = "element_code, unit_code, period, submission_id, numeric_value, weight, entry_seq, lineage";

    private final DataSource dataSource;
    private final JdbcTemplate template;
    private final boolean postgres;

    DataValueStore(DataSource dataSource, JdbcTemplate template) throws SQLException {
        this.dataSource = dataSource;
        this.template = template;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
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
        StringBuilder rows = new StringBuilder(values.size() * 64);
        for (Contribution c : values) {
            field(rows, c.element()).append('\t');
            field(rows, c.unit()).append('\t');
            field(rows, c.period()).append('\t');
            rows.append(submissionOf.get(c)).append('\t').append(c.value()).append('\t').append(c.weight()).append('\t')
                    .append(c.seq()).append('\t');
            field(rows, c.lineage()).append('\n');
        }
        copy("COPY data_value (" + COLUMNS + ") FROM STDIN", rows.toString());
    }

    private void copy(String sql, String rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows));
        } catch (SQLException e) {
            throw template.getExceptionTranslator().translate("COPY data_value", sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY data_value", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A text field of COPY's text format: backslash, tab, newline and carriage return escaped, nothing else special. */
    static StringBuilder field(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(ch);
            }
        }
        return rows;
    }
}
