package vn.steerboard.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.steerboard.assessment.EnterpriseSignUp;
import vn.steerboard.assessment.SizeClass;

/** Enterprises that signed up, and their single-use link tokens (stored as SHA-256 only). */
@Repository
public class EnterpriseStore {

    public record Enterprise(long id, String taxCode, String name, String vsic, SizeClass sizeClass, String provinceCode,
                             String communeCode, String email, OffsetDateTime verifiedAt, boolean synthetic) {}

    private static final String COLUMNS = "id, tax_code, name, vsic, size_class, province_code, commune_code, email, verified_at, synthetic";

    private final JdbcClient jdbc;

    EnterpriseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Enterprise> byTaxCode(String taxCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_enterprise WHERE tax_code = :tax").param("tax", taxCode)
                .query(EnterpriseStore::row).optional();
    }

    public Optional<Enterprise> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_enterprise WHERE id = :id").param("id", id)
                .query(EnterpriseStore::row).optional();
    }

    public long insert(EnterpriseSignUp s, boolean synthetic, OffsetDateTime verifiedAt, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment_enterprise (tax_code, name, vsic, size_class, province_code, commune_code, email,
                    verified_at, synthetic, created_at)
                VALUES (:tax, :name, :vsic, :size, :province, :commune, :email, :verified, :synthetic, :at)""")
                .param("tax", s.taxCode()).param("name", s.name()).param("vsic", s.vsic()).param("size", s.sizeClass().name())
                .param("province", s.provinceCode()).param("commune", s.communeCode()).param("email", s.email())
                .param("verified", verifiedAt).param("synthetic", synthetic).param("at", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** An unverified sign-up given again replaces its details (nobody has proved the first e-mail). */
    public void replaceUnverified(long id, EnterpriseSignUp s) {
        jdbc.sql("""
                UPDATE assessment_enterprise SET name = :name, vsic = :vsic, size_class = :size, province_code = :province,
                    commune_code = :commune, email = :email WHERE id = :id AND verified_at IS NULL""")
                .param("name", s.name()).param("vsic", s.vsic()).param("size", s.sizeClass().name())
                .param("province", s.provinceCode()).param("commune", s.communeCode()).param("email", s.email())
                .param("id", id).update();
    }

    public void markVerified(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE assessment_enterprise SET verified_at = :at WHERE id = :id AND verified_at IS NULL")
                .param("at", at).param("id", id).update();
    }

    public void insertToken(String hash, long enterpriseId, OffsetDateTime expires) {
        jdbc.sql("INSERT INTO assessment_enterprise_token (token_hash, enterprise_id, expires_at) VALUES (:h, :e, :x)")
                .param("h", hash).param("e", enterpriseId).param("x", expires).update();
    }

    /** Uses a token once: the enterprise it belongs to, if it is unused and not expired. */
    public Optional<Long> useToken(String hash, OffsetDateTime now) {
        int used = jdbc.sql("""
                UPDATE assessment_enterprise_token SET used_at = :now
                 WHERE token_hash = :h AND used_at IS NULL AND expires_at > :now""")
                .param("now", now).param("h", hash).update();
        if (used != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT enterprise_id FROM assessment_enterprise_token WHERE token_hash = :h").param("h", hash)
                .query(Long.class).optional();
    }

    private static Enterprise row(ResultSet rs, int n) throws SQLException {
        return new Enterprise(rs.getLong("id"), rs.getString("tax_code"), rs.getString("name"), rs.getString("vsic"),
                SizeClass.valueOf(rs.getString("size_class")), rs.getString("province_code"), rs.getString("commune_code"),
                rs.getString("email"), rs.getObject("verified_at", OffsetDateTime.class), rs.getBoolean("synthetic"));
    }
}
