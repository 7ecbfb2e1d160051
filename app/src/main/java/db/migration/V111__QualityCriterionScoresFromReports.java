package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.report.ReportWriters;

/**
 * Fills {@code quality_criterion_score} for scans stored before it existed, from each scan's own report: the scores
 * the engine computed then, not a recomputation (a later engine might score differently).
 */
public class V111__QualityCriterionScoresFromReports extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet scans = select.executeQuery(
                        "SELECT id, report_json FROM quality_scan WHERE status = 'SUCCEEDED' AND report_json IS NOT NULL");
                PreparedStatement insert = context.getConnection().prepareStatement(
                        "INSERT INTO quality_criterion_score (scan_id, criterion, score) VALUES (?, ?, ?)")) {
            while (scans.next()) {
                ScanReport report = ReportWriters.fromJson(scans.getString(2));
                for (Map.Entry<Criterion, Double> score : report.scores().criteria().entrySet()) {
                    insert.setLong(1, scans.getLong(1));
                    insert.setString(2, score.getKey().name());
                    insert.setDouble(3, score.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
