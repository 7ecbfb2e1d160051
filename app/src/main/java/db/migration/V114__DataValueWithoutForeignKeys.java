package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * {@code data_value} loses its two foreign keys (to {@code submission} and {@code data_element}). Measured on
 * PostgreSQL with the indicator ingest (bench/README.md, issue 15): each costs about 15% of the values per second,
 * together 30% (33,000 → 46,000 values/s); its two secondary indexes cost about 4% and stay, for the reads they
 * serve. The rows have one writer path, which inserts a value's submission in the same transaction and checks its
 * element against the catalogue; nothing deletes submissions or elements; and the concurrency tests assert that no
 * value is without its submission or element. The constraint names differ between H2 and PostgreSQL, so they are read
 * from the information schema.
 */
public class V114__DataValueWithoutForeignKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        List<String> foreignKeys = new ArrayList<>();
        try (PreparedStatement select = context.getConnection().prepareStatement("""
                SELECT constraint_name FROM information_schema.table_constraints
                WHERE LOWER(table_name) = 'data_value' AND constraint_type = 'FOREIGN KEY'
                  AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)""");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                foreignKeys.add(rs.getString(1));
            }
        }
        if (foreignKeys.size() != 2) {
            throw new IllegalStateException("data_value should have its 2 foreign keys, found " + foreignKeys);
        }
        try (Statement alter = context.getConnection().createStatement()) {
            for (String name : foreignKeys) {
                alter.execute("ALTER TABLE data_value DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }
}
