package vn.steerboard.quality.engine;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.steerboard.quality.engine.sql.ScanPlan;

/** The local remediation list of a SQL-evaluated check: "primary key, check, reason" for each failing row. */
final class Remediation {

    private Remediation() {
    }

    static void write(Connection connection, ScanPlan plan, Check check, Writer out) {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery(plan.remediationSql(check))) {
                List<String> kinds = plan.kindChecks().get(check);
                int keys = rs.getMetaData().getColumnCount() - (kinds == null ? 0 : 2);
                while (rs.next()) {
                    JavaPass.writeLine(out, String.join("/", key(rs, keys)), check.id(), reason(plan, check, kinds, rs, keys));
                }
            }
        } catch (SQLException e) {
            throw new ScanException("Could not write the remediation list of '" + check.id() + "': " + SqlErrors.describe(e), e);
        } catch (IOException e) {
            throw new ScanException("Could not write the remediation list of '" + check.id() + "': " + e.getMessage(), e);
        }
    }

    private static List<String> key(ResultSet rs, int keys) throws SQLException {
        List<String> key = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            key.add(String.valueOf(rs.getObject(i)));
        }
        return key;
    }

    /** The check's reason; for a check counted by kind, the finding of the row's kind, in English. */
    private static String reason(ScanPlan plan, Check check, List<String> kinds, ResultSet rs, int keys)
            throws SQLException {
        if (kinds == null) {
            return ScanPlan.reason(check);
        }
        String token = plan.token(check, kinds.get(rs.getInt(keys + 1) - 1), rs.getString(keys + 2));
        List<String> parts = Findings.parts(token);
        return Findings.text(parts.get(0), parts.subList(1, parts.size()), Locale.ENGLISH);
    }
}
