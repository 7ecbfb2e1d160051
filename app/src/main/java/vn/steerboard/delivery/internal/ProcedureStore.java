package vn.steerboard.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.delivery.ApplicantKind;
import vn.steerboard.delivery.Competence;
import vn.steerboard.delivery.OnlineLevel;
import vn.steerboard.delivery.ProcedureVersion;

/** The procedure catalogue's one table: every version of every procedure, the current one being the highest. */
@Repository
public class ProcedureStore {

    private static final String COLUMNS = """
            code, version, name, competence, handling_agencies, applicant_kind, fee_vnd, fully_online_eligible,
            online_level, population_data, published_on, published_on_time, components_complete, synthetic,
            recorded_by, recorded_at""";

    private static final String CURRENT = """
            SELECT %s FROM delivery_procedure_version p
             WHERE p.version = (SELECT MAX(v.version) FROM delivery_procedure_version v
                                 WHERE v.code = p.code AND v.recorded_at < :before)
            """.formatted(COLUMNS);

    private final JdbcClient jdbc;

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The procedure as it stood before the instant {@code before} (the current one when that is far ahead). */
    public Optional<ProcedureVersion> current(String code, OffsetDateTime before) {
        return jdbc.sql(CURRENT + " AND p.code = :code").param("before", before).param("code", code)
                .query(ProcedureStore::row).optional();
    }

    /** Several procedures as they stood before {@code before}, by code (codes not in the catalogue are absent). */
    public java.util.Map<String, ProcedureVersion> current(java.util.Collection<String> codes, OffsetDateTime before) {
        java.util.Map<String, ProcedureVersion> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql(CURRENT + " AND p.code IN (:codes)").param("before", before)
                    .param("codes", all.subList(from, Math.min(all.size(), from + 500))).query(ProcedureStore::row).list()
                    .forEach(p -> found.put(p.code(), p));
        }
        return found;
    }

    public List<ProcedureVersion> history(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delivery_procedure_version WHERE code = :code ORDER BY version")
                .param("code", code).query(ProcedureStore::row).list();
    }

    /** Current procedures of one competence level (or all when null), by code, one page. */
    public List<ProcedureVersion> list(Competence competence, OffsetDateTime before, long offset, int size) {
        return jdbc.sql(CURRENT + """
                 AND (CAST(:competence AS VARCHAR(16)) IS NULL OR p.competence = :competence)
                 ORDER BY p.code LIMIT :size OFFSET :offset""")
                .param("before", before).param("competence", competence == null ? null : competence.name())
                .param("size", size).param("offset", offset).query(ProcedureStore::row).list();
    }

    public long count(Competence competence, OffsetDateTime before) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + CURRENT + """
                 AND (CAST(:competence AS VARCHAR(16)) IS NULL OR p.competence = :competence)) c""")
                .param("before", before).param("competence", competence == null ? null : competence.name())
                .query(Long.class).single();
    }

    public void insert(ProcedureVersion p) {
        jdbc.sql("""
                INSERT INTO delivery_procedure_version (%s)
                VALUES (:code, :version, :name, :competence, :agencies, :applicant, :fee, :eligible, :online, :population,
                        :publishedOn, :onTime, :complete, :synthetic, :by, :at)""".formatted(COLUMNS))
                .param("code", p.code()).param("version", p.version()).param("name", p.name())
                .param("competence", p.competence().name()).param("agencies", p.handlingAgencies())
                .param("applicant", p.applicantKind().name()).param("fee", p.feeVnd())
                .param("eligible", p.fullyOnlineEligible()).param("online", p.onlineLevel().name())
                .param("population", p.populationData()).param("publishedOn", p.publishedOn())
                .param("onTime", p.publishedOnTime()).param("complete", p.componentsComplete())
                .param("synthetic", p.synthetic()).param("by", p.recordedBy()).param("at", p.recordedAt())
                .update();
    }

    private static ProcedureVersion row(ResultSet rs, int n) throws SQLException {
        return new ProcedureVersion(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                Competence.valueOf(rs.getString("competence")), rs.getString("handling_agencies"),
                ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getLong("fee_vnd"),
                rs.getBoolean("fully_online_eligible"), OnlineLevel.valueOf(rs.getString("online_level")),
                rs.getBoolean("population_data"), rs.getObject("published_on", LocalDate.class),
                rs.getBoolean("published_on_time"), rs.getBoolean("components_complete"), rs.getBoolean("synthetic"),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
