package vn.steerboard.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.assessment.Framework;
import vn.steerboard.assessment.FrameworkSummary;

/** Framework versions as loaded: the definition text is kept, so a version reads back exactly as it was answered. */
@Repository
public class FrameworkStore {

    private static final String SUMMARY = """
            SELECT code, version, title_vi, title_en, audience, illustrative, source, built_in, loaded_by, loaded_at
              FROM assessment_framework\s""";

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> definition(String code, int version) {
        return jdbc.sql("SELECT definition FROM assessment_framework WHERE code = :code AND version = :version")
                .param("code", code).param("version", version).query(String.class).optional();
    }

    public Optional<Integer> latestVersion(String code) {
        return jdbc.sql("SELECT MAX(version) FROM assessment_framework WHERE code = :code").param("code", code)
                .query(Integer.class).optional();
    }

    public List<FrameworkSummary> latest() {
        return jdbc.sql(SUMMARY + """
                 f WHERE f.version = (SELECT MAX(v.version) FROM assessment_framework v WHERE v.code = f.code)
                 ORDER BY f.code""").query(FrameworkStore::summary).list();
    }

    public List<FrameworkSummary> versions(String code) {
        return jdbc.sql(SUMMARY + " WHERE code = :code ORDER BY version").param("code", code)
                .query(FrameworkStore::summary).list();
    }

    public void insert(Framework f, String definition, String sha256, boolean builtIn, String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO assessment_framework (code, version, title_vi, title_en, audience, illustrative, source,
                    definition, sha256, built_in, loaded_by, loaded_at)
                VALUES (:code, :version, :titleVi, :titleEn, :audience, :illustrative, :source, :definition, :sha, :builtIn,
                    :by, :at)""")
                .param("code", f.code()).param("version", f.version()).param("titleVi", f.titleVi())
                .param("titleEn", f.titleEn()).param("audience", f.audience().name()).param("illustrative", f.illustrative())
                .param("source", f.source()).param("definition", definition).param("sha", sha256).param("builtIn", builtIn)
                .param("by", by).param("at", at).update();
    }

    private static FrameworkSummary summary(ResultSet rs, int n) throws SQLException {
        return new FrameworkSummary(rs.getString("code"), rs.getInt("version"), rs.getString("title_vi"),
                rs.getString("title_en"), Framework.Audience.valueOf(rs.getString("audience")), rs.getBoolean("illustrative"),
                rs.getString("source"), rs.getBoolean("built_in"), rs.getString("loaded_by"),
                rs.getObject("loaded_at", OffsetDateTime.class));
    }
}
