package vn.steerboard.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.quality.RankedSource;
import vn.steerboard.quality.RetiredCodeFinding;
import vn.steerboard.quality.ScanView;
import vn.steerboard.quality.SourceDraft;
import vn.steerboard.quality.SourceView;
import vn.steerboard.quality.engine.CheckResult;
import vn.steerboard.quality.engine.Criterion;
import vn.steerboard.quality.engine.ScanReport;
import vn.steerboard.quality.engine.Scores;
import vn.steerboard.quality.engine.report.ReportWriters;

/** The quality tables. Credentials go in sealed and come out only for the scan runner. */
@Repository
public class QualityStore {

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    QualityStore(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public long insertSource(SourceDraft draft, String kind, String name, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quality_source (owner_unit, name, description, national_database, kind, location, username,"
                        + " secret_cipher, suite_yaml, daily, created_by, created_at, upload_token)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(draft.ownerUnit(), name, draft.description(), draft.nationalDatabase(), kind,
                        draft.location() == null ? null : draft.location().strip(),
                        draft.username(), draft.password() == null || draft.password().isEmpty() ? null : secrets.seal(draft.password()),
                        draft.suiteYaml(), Boolean.TRUE.equals(draft.daily()), by, at, tokenName(draft.uploadToken()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A token as the actor it authenticates is named ("token:NAME"); null for none. */
    public static String tokenName(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String name = token.strip();
        return name.startsWith("token:") ? name : "token:" + name;
    }

    public String uploadToken(long id) {
        return jdbc.sql("SELECT upload_token FROM quality_source WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
    }

    /** Binds the source's uploads to a token, unless one is bound already; true when this token is (now) bound. */
    public boolean bindUploadToken(long id, String token) {
        jdbc.sql("UPDATE quality_source SET upload_token = ? WHERE id = ? AND upload_token IS NULL").params(token, id).update();
        return token.equals(uploadToken(id));
    }

    /** Signs a stored upload: who sent it, for which source, and the report as stored. */
    public void signUpload(long scanId, long sourceId, String by, double claimedScore) {
        String stored = jdbc.sql("SELECT report_json FROM quality_scan WHERE id = ?").param(scanId).query(String.class).single();
        jdbc.sql("UPDATE quality_scan SET report_signature = ?, claimed_score = ? WHERE id = ?")
                .params(secrets.sign(sourceId + "\n" + by + "\n" + stored), claimedScore, scanId).update();
    }

    /** True when the stored upload still carries the signature made when it arrived. */
    public boolean uploadSignatureValid(long scanId) {
        return jdbc.sql("SELECT source_id, requested_by, report_json, report_signature FROM quality_scan WHERE id = ?")
                .param(scanId).query((rs, n) -> rs.getString(4) != null && rs.getString(4).equals(
                        secrets.sign(rs.getLong(1) + "\n" + rs.getString(2) + "\n" + rs.getString(3)))).optional().orElse(false);
    }

    public void updateSuite(long id, String yaml) {
        jdbc.sql("UPDATE quality_source SET suite_yaml = ? WHERE id = ?").params(yaml, id).update();
    }

    public String secret(long id) {
        String sealed = jdbc.sql("SELECT secret_cipher FROM quality_source WHERE id = ?").param(id).query(String.class)
                .optional().orElse(null);
        return sealed == null ? null : secrets.open(sealed);
    }

    private static final String SOURCE_SELECT = "SELECT s.*, o.name_vi AS owner_name, l.database_score AS latest_score,"
            + " l.band AS latest_band, l.finished_at AS latest_at FROM quality_source s JOIN org_unit_facts o ON o.code = s.owner_unit"
            + " LEFT JOIN quality_scan l ON l.id = (SELECT MAX(x.id) FROM quality_scan x WHERE x.source_id = s.id"
            + " AND x.status = 'SUCCEEDED')";

    public Optional<SourceView> source(long id) {
        return jdbc.sql(SOURCE_SELECT + " WHERE s.id = ?").param(id).query(QualityStore::source).optional();
    }

    public List<SourceView> sources() {
        return jdbc.sql(SOURCE_SELECT + " ORDER BY o.sort_key, s.name").query(QualityStore::source).list();
    }

    public List<Long> dailySources() {
        return jdbc.sql("SELECT id FROM quality_source WHERE daily AND kind <> 'UPLOAD'").query(Long.class).list();
    }

    private static SourceView source(ResultSet rs, int n) throws SQLException {
        return new SourceView(rs.getLong("id"), rs.getString("owner_unit"), rs.getString("owner_name"), rs.getString("name"),
                rs.getString("description"), rs.getString("national_database"), rs.getString("kind"),
                displayLocation(rs.getString("location")), rs.getString("username"), rs.getString("secret_cipher") != null,
                rs.getString("suite_yaml"), rs.getBoolean("daily"), (Double) rs.getObject("latest_score", Double.class),
                rs.getString("latest_band"), rs.getObject("latest_at", OffsetDateTime.class));
    }

    /** A stored URL as shown: any credential parameter masked (URLs with credentials are refused today). */
    private static String displayLocation(String location) {
        return JdbcTarget.redact(location);
    }

    public long startScan(long sourceId, String origin, String by, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quality_scan (source_id, origin, status, progress, started_at, requested_by)"
                + " VALUES (?, ?, 'RUNNING', 'queued', ?, ?)").params(sourceId, origin, at, by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void progress(long scanId, String message) {
        jdbc.sql("UPDATE quality_scan SET progress = ? WHERE id = ? AND status = 'RUNNING'")
                .params(message.length() > 300 ? message.substring(0, 300) : message, scanId).update();
    }

    /** The scan's scores and every check's numerator and denominator, in one transaction. */
    @Transactional
    public void finishScan(long scanId, ScanReport report, OffsetDateTime at) {
        for (CheckResult check : report.checks()) {
            Object findings = check.details().get("findings");
            long retired = findings instanceof Map<?, ?> map && map.get("retired") instanceof Number number ? number.longValue() : 0;
            String examples = String.join("; ", check.examples());
            jdbc.sql("INSERT INTO quality_check_result (scan_id, check_id, check_type, criterion, importance, passed,"
                            + " checked, retired, examples) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(scanId, check.id(), check.type().name(), check.criterion().name(), check.importance(),
                            check.denominator() - check.failed(), check.denominator(), retired,
                            examples.length() > 4000 ? examples.substring(0, 4000) : examples)
                    .update();
        }
        report.scores().criteria().forEach((criterion, score) -> jdbc.sql(
                        "INSERT INTO quality_criterion_score (scan_id, criterion, score) VALUES (:scan, :criterion, :score)")
                .param("scan", scanId).param("criterion", criterion.name()).param("score", score).update());
        jdbc.sql("UPDATE quality_scan SET status = 'SUCCEEDED', progress = NULL, finished_at = ?, row_count = ?,"
                        + " database_score = ?, ranking_score = ?, band = ?, report_json = ? WHERE id = ?")
                .params(at, report.rows(), report.scores().database(), Scores.rankingScore(report.checks()),
                        report.scores().band(), ReportWriters.json(report), scanId)
                .update();
    }

    public void failScan(long scanId, String reason, OffsetDateTime at) {
        jdbc.sql("UPDATE quality_scan SET status = 'FAILED', progress = NULL, finished_at = ?, error = ? WHERE id = ?")
                .params(at, reason.length() > 2000 ? reason.substring(0, 2000) : reason, scanId).update();
    }

    public Optional<ScanView> scan(long id) {
        return jdbc.sql("SELECT * FROM quality_scan WHERE id = ?").param(id).query(QualityStore::scan).optional();
    }

    public List<ScanView> history(long sourceId) {
        return jdbc.sql("SELECT * FROM quality_scan WHERE source_id = ? ORDER BY started_at DESC, id DESC")
                .param(sourceId).query(QualityStore::scan).list();
    }

    private static ScanView scan(ResultSet rs, int n) throws SQLException {
        return new ScanView(rs.getLong("id"), rs.getLong("source_id"), rs.getString("origin"), rs.getString("status"),
                rs.getString("progress"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), (Long) rs.getObject("row_count", Long.class),
                (Double) rs.getObject("database_score", Double.class), (Double) rs.getObject("ranking_score", Double.class),
                rs.getString("band"), rs.getString("report_json"), rs.getString("error"), rs.getString("requested_by"));
    }

    private static final String LATEST = "SELECT s.id AS source_id, s.name, s.owner_unit, o.name_vi AS owner_name,"
            + " q.database_score, q.ranking_score, q.band, q.row_count, q.id AS scan_id FROM quality_source s"
            + " JOIN org_unit_facts o ON o.code = s.owner_unit JOIN quality_scan q ON q.id = (SELECT MAX(x.id) FROM quality_scan x"
            + " WHERE x.source_id = s.id AND x.status = 'SUCCEEDED')";

    /** Latest successful score per source, best ranking score first. */
    public List<RankedSource> latestScores(String unit) {
        String where = unit == null ? "" : " WHERE s.owner_unit IN (SELECT u.code FROM org_unit_facts u WHERE u.code = :unit"
                + " OR u.parent_code = :unit)";
        Map<Long, Map<Criterion, Double>> criteria = new HashMap<>();
        jdbc.sql("SELECT l.source_id, c.criterion, c.score FROM (" + LATEST + where + ") l"
                        + " JOIN quality_criterion_score c ON c.scan_id = l.scan_id").param("unit", unit)
                .query((RowCallbackHandler) rs -> criteria.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Criterion.class))
                        .put(Criterion.valueOf(rs.getString(2)), rs.getDouble(3)));
        return jdbc.sql(LATEST + where + " ORDER BY q.ranking_score DESC, s.name").param("unit", unit)
                .query((rs, n) -> new RankedSource(0, rs.getLong("source_id"), rs.getString("name"),
                        rs.getString("owner_unit"), rs.getString("owner_name"), rs.getDouble("database_score"),
                        rs.getDouble("ranking_score"), rs.getString("band"), rs.getLong("row_count"),
                        criteria.getOrDefault(rs.getLong("source_id"), Map.of()))).list();
    }

    public List<RetiredCodeFinding> retiredCodes() {
        return jdbc.sql("SELECT l.source_id, l.name, l.owner_name, c.check_id, c.retired, c.checked, c.examples FROM ("
                        + LATEST + ") l JOIN quality_check_result c ON c.scan_id = l.scan_id WHERE c.retired > 0"
                        + " ORDER BY c.retired DESC")
                .query((rs, n) -> new RetiredCodeFinding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7))).list();
    }
}
