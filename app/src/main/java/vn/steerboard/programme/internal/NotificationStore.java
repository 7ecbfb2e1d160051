package vn.steerboard.programme.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.steerboard.programme.Notification;

/** The notification table: each user's in-app notices. */
@Repository
public class NotificationStore {

    private static final String MINE = """
            SELECT n.*, t.code AS task_code FROM notification n LEFT JOIN task t ON t.id = n.task_id
             WHERE n.recipient = :me
             ORDER BY n.created_at DESC, n.id DESC FETCH FIRST :limit ROWS ONLY
            """;
    private static final String MINE_UNREAD = """
            SELECT n.*, t.code AS task_code FROM notification n LEFT JOIN task t ON t.id = n.task_id
             WHERE n.recipient = :me AND n.read_at IS NULL
             ORDER BY n.created_at DESC, n.id DESC FETCH FIRST :limit ROWS ONLY
            """;
    private static final String UNREAD = """
            SELECT COUNT(*) FROM notification WHERE recipient = :me AND read_at IS NULL
            """;
    private static final String MARK_READ = """
            UPDATE notification SET read_at = COALESCE(read_at, :now) WHERE id = :id AND recipient = :me
            """;
    private static final String INSERT = """
            INSERT INTO notification (recipient, task_id, kind, message, created_at)
            VALUES (:recipient, :task, :kind, :message, :at)
            """;

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Notification> of(String recipient, boolean unreadOnly, int limit) {
        return jdbc.sql(unreadOnly ? MINE_UNREAD : MINE).param("me", recipient).param("limit", limit)
                .query((rs, i) -> new Notification(rs.getLong("id"), (Long) rs.getObject("task_id", Long.class),
                        rs.getString("task_code"), rs.getString("kind"), rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }

    public long unread(String recipient) {
        return jdbc.sql(UNREAD).param("me", recipient).query(Long.class).single();
    }

    /** False when there is no such notification of this recipient. */
    public boolean markRead(long id, String recipient, OffsetDateTime now) {
        return jdbc.sql(MARK_READ).param("now", now).param("id", id).param("me", recipient).update() > 0;
    }

    public void add(String recipient, long taskId, String kind, String message, OffsetDateTime at) {
        jdbc.sql(INSERT).param("recipient", recipient).param("task", taskId).param("kind", kind)
                .param("message", message).param("at", at).update();
    }
}
