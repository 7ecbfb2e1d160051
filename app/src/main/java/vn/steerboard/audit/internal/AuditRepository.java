package vn.steerboard.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.audit.AuditRecord;
import vn.steerboard.audit.ChainVerification;
import vn.steerboard.common.PageRequest;

/** Appends to and reads the audit chain. There is deliberately no update or delete here. */
@Repository
public class AuditRepository {

    public record Head(long lastSeq, String lastHash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Head lockHead() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public void append(AuditRecord r) {
        jdbc.sql("""
                INSERT INTO audit_record (seq, occurred_at, actor, action, entity_type, entity_id, unit_code,
                    before_value, after_value, detail, prev_hash, hash, attachment_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.seq(), OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC), r.actor(), r.action(),
                        r.entityType(), r.entityId(), r.unitCode(), r.before(), r.after(), r.detail(), r.prevHash(),
                        r.hash(), r.attachmentSha256())
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")
                .params(r.seq(), r.hash()).update();
    }

    /** Stores an attachment under its hash unless it is there already (the head lock serialises writers). */
    public void attach(String sha256, String content) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM audit_attachment WHERE sha256 = ?").param(sha256)
                .query(Long.class).single() > 0;
        if (!present) {
            jdbc.sql("INSERT INTO audit_attachment (sha256, content, char_count) VALUES (?, ?, ?)")
                    .params(sha256, content, content.length()).update();
        }
    }

    public java.util.Optional<String> attachment(String sha256) {
        return jdbc.sql("SELECT content FROM audit_attachment WHERE sha256 = ?").param(sha256).query(String.class).optional();
    }

    public List<AuditRecord> list(String entityType, String entityId, String actor, PageRequest page) {
        Filter filter = Filter.of(entityType, entityId, actor);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("SELECT * FROM audit_record" + filter.where() + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(params).query(AuditRepository::record).list();
    }

    public long count(String entityType, String entityId, String actor) {
        Filter filter = Filter.of(entityType, entityId, actor);
        return jdbc.sql("SELECT COUNT(*) FROM audit_record" + filter.where()).params(filter.params())
                .query(Long.class).single();
    }

    /** Walks the chain in order, streaming, and stops at the first record that does not hold. */
    public ChainVerification verify() {
        ChainWalk walk = new ChainWalk();
        template.setFetchSize(1000);
        template.query("SELECT r.*, a.content AS attachment_content FROM audit_record r"
                + " LEFT JOIN audit_attachment a ON a.sha256 = r.attachment_sha256 ORDER BY r.seq", (ResultSet rs) -> {
            walk.accept(record(rs, 0), rs.getString("attachment_content"));
        });
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        return walk.finish(head);
    }

    static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("unit_code"), rs.getString("before_value"), rs.getString("after_value"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"), rs.getString("attachment_sha256"));
    }

    private record Filter(String where, List<Object> params) {
        static Filter of(String entityType, String entityId, String actor) {
            List<String> conditions = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (entityType != null) {
                conditions.add("entity_type = ?");
                params.add(entityType);
            }
            if (entityId != null) {
                conditions.add("entity_id = ?");
                params.add(entityId);
            }
            if (actor != null) {
                conditions.add("actor = ?");
                params.add(actor);
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}
