package vn.steerboard.assessment.internal;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.common.CopyRows;

/**
 * The set-based writes of an import of completed assessments: a batch's enterprises, assessments, pillar scores and
 * answers each in one {@code COPY} on PostgreSQL (a JDBC batch on H2), in the batch's transaction; reads by key in
 * chunks. The batch keys make a resent batch a replay.
 */
@Repository
public class ImportStore {

    /** A batch stored under its key: what it imported, and the hash of its body. */
    public record Batch(String key, String bodySha256, String frameworkCode, int frameworkVersion, int imported,
                        int newEnterprises, int reassessed) {}

    public record NewEnterprise(String taxCode, String name, String vsic, String size, String province, String commune,
                                String email) {}

    public record NewAssessment(String ref, long enterpriseId, String industry, String vsic, String size, String province,
                                double total, String level) {}

    /** An enterprise's counted assessment that a new one supersedes: what the counts hold for it. */
    public record Counted(long id, long enterpriseId, String level, String province, String industry, String size) {}

    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    ImportStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
    }

    public Optional<Batch> batch(String key) {
        return jdbc.sql("""
                SELECT idempotency_key, body_sha256, framework_code, framework_version, imported, new_enterprises, reassessed
                  FROM assessment_import WHERE idempotency_key = ?""").param(key)
                .query((rs, n) -> new Batch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7))).optional();
    }

    /** The batch's key, taken first: a second request with the same key waits here until the first commits. */
    public void recordBatch(Batch b, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO assessment_import (idempotency_key, body_sha256, framework_code, framework_version, imported,
                    new_enterprises, reassessed, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.key(), b.bodySha256(), b.frameworkCode(), b.frameworkVersion(), b.imported(), b.newEnterprises(),
                        b.reassessed(), by, at).update();
    }

    /** The ids of the enterprises known by these tax codes. */
    public Map<String, Long> enterpriseIds(Collection<String> taxCodes) {
        Map<String, Long> ids = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(taxCodes))) {
            jdbc.sql("SELECT tax_code, id FROM assessment_enterprise WHERE tax_code IN (:codes)").param("codes", chunk)
                    .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        }
        return ids;
    }

    /** New enterprises, not verified by e-mail (the importer vouches for them); their own sign-up may replace this. */
    public void insertEnterprises(List<NewEnterprise> enterprises, OffsetDateTime at) {
        if (enterprises.isEmpty()) {
            return;
        }
        if (postgres()) {
            CopyRows rows = new CopyRows(enterprises.size());
            for (NewEnterprise e : enterprises) {
                rows.text(e.taxCode()).text(e.name()).text(e.vsic()).text(e.size()).text(e.province()).text(e.commune())
                        .text(e.email()).bool(false).value(at).endRow();
            }
            rows.copyInto(dataSource, "assessment_enterprise",
                    "tax_code, name, vsic, size_class, province_code, commune_code, email, synthetic, created_at");
            return;
        }
        Timestamp ts = Timestamp.from(at.toInstant());
        template.batchUpdate("""
                INSERT INTO assessment_enterprise (tax_code, name, vsic, size_class, province_code, commune_code, email,
                    synthetic, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)""",
                enterprises.stream().map(e -> new Object[] {e.taxCode(), e.name(), e.vsic(), e.size(), e.province(),
                        e.commune(), e.email(), ts}).toList());
    }

    /** The counted (COMPLETED) assessments of these enterprises in a framework version, locked for the batch. */
    public List<Counted> counted(Collection<Long> enterpriseIds, String code, int version) {
        List<Counted> counted = new ArrayList<>();
        for (List<Long> chunk : chunks(new ArrayList<>(enterpriseIds))) {
            counted.addAll(jdbc.sql("""
                    SELECT id, enterprise_id, COALESCE(COALESCE(verified_level, self_level), '-'), province_code, industry,
                           size_class
                      FROM assessment WHERE enterprise_id IN (:ids) AND framework_code = :code
                       AND framework_version = :version AND status = 'COMPLETED' ORDER BY id FOR UPDATE""")
                    .param("ids", chunk).param("code", code).param("version", version)
                    .query((rs, n) -> new Counted(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6))).list());
        }
        return counted;
    }

    /** The pillar scores the counts hold for these assessments: verified where verified. */
    public Map<Long, Map<String, Double>> effectivePillars(Collection<Long> assessmentIds) {
        Map<Long, Map<String, Double>> pillars = new HashMap<>();
        for (List<Long> chunk : chunks(new ArrayList<>(assessmentIds))) {
            jdbc.sql("""
                    SELECT assessment_id, pillar, COALESCE(verified_score, self_score) FROM assessment_pillar_score
                     WHERE assessment_id IN (:ids) ORDER BY assessment_id, pillar""").param("ids", chunk)
                    .query((rs, n) -> pillars.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getDouble(3))).list();
        }
        return pillars;
    }

    public void supersede(Collection<Long> ids) {
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            jdbc.sql("UPDATE assessment SET status = 'SUPERSEDED' WHERE id IN (:ids)").param("ids", chunk).update();
        }
    }

    /** The batch's completed assessments; their ids by reference. */
    public Map<String, Long> insertAssessments(List<NewAssessment> assessments, String code, int version, String key,
            OffsetDateTime at) {
        if (postgres()) {
            CopyRows rows = new CopyRows(assessments.size());
            String when = at.toString();
            for (NewAssessment a : assessments) {
                rows.text(a.ref()).value(a.enterpriseId()).text(code).value(version).text("COMPLETED").text(a.industry())
                        .text(a.vsic()).text(a.size()).text(a.province()).value(when).value(when).value(a.total()).text(a.level())
                        .bool(false).text(key).endRow();
            }
            rows.copyInto(dataSource, "assessment", "ref, enterprise_id, framework_code, framework_version, status,"
                    + " industry, vsic, size_class, province_code, started_at, completed_at, self_total, self_level,"
                    + " synthetic, import_key");
        } else {
            Timestamp ts = Timestamp.from(at.toInstant());
            template.batchUpdate("""
                    INSERT INTO assessment (ref, enterprise_id, framework_code, framework_version, status, industry, vsic,
                        size_class, province_code, started_at, completed_at, self_total, self_level, synthetic, import_key)
                    VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""",
                    assessments.stream().map(a -> new Object[] {a.ref(), a.enterpriseId(), code, version, a.industry(),
                            a.vsic(), a.size(), a.province(), ts, ts, a.total(), a.level(), key}).toList());
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT ref, id FROM assessment WHERE import_key = ?").param(key)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    /** (assessment id, pillar, score) rows. */
    public void insertPillarScores(List<Object[]> rows) {
        if (postgres()) {
            CopyRows copy = new CopyRows(rows.size());
            rows.forEach(r -> copy.value(r[0]).text((String) r[1]).value(r[2]).endRow());
            copy.copyInto(dataSource, "assessment_pillar_score", "assessment_id, pillar, self_score");
            return;
        }
        template.batchUpdate("INSERT INTO assessment_pillar_score (assessment_id, pillar, self_score) VALUES (?, ?, ?)", rows);
    }

    /** (assessment id, criterion, answer) rows, answered at {@code at}. */
    public void insertAnswers(List<Object[]> rows, OffsetDateTime at) {
        if (postgres()) {
            CopyRows copy = new CopyRows(rows.size());
            String when = at.toString(); // once, not per answer: 155,000 of them in a full batch
            rows.forEach(r -> copy.value(r[0]).text((String) r[1]).text((String) r[2]).value(when).endRow());
            copy.copyInto(dataSource, "assessment_answer", "assessment_id, criterion, answer, answered_at");
            return;
        }
        Timestamp ts = Timestamp.from(at.toInstant());
        template.batchUpdate("INSERT INTO assessment_answer (assessment_id, criterion, answer, answered_at) VALUES (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], ts}).toList());
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = CopyRows.postgres(dataSource);
            postgres = known;
        }
        return known;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
