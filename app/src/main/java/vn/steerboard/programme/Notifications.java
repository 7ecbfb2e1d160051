package vn.steerboard.programme;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.identity.AccessPolicy;

/** The current user's notifications: only one's own can be read or marked read. */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    private final vn.steerboard.common.VietnamTime time;

    Notifications(JdbcClient jdbc, AccessPolicy access, vn.steerboard.common.VietnamTime time) {
        this.time = time;
        this.jdbc = jdbc;
        this.access = access;
    }

    public List<Notification> mine(boolean unreadOnly, int limit) {
        String me = access.requireActor().name();
        return jdbc.sql("SELECT n.*, t.code AS task_code FROM notification n LEFT JOIN task t ON t.id = n.task_id"
                        + " WHERE n.recipient = ?" + (unreadOnly ? " AND n.read_at IS NULL" : "")
                        + " ORDER BY n.created_at DESC, n.id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY")
                .param(me)
                .query((rs, i) -> new Notification(rs.getLong("id"), (Long) rs.getObject("task_id", Long.class),
                        rs.getString("task_code"), rs.getString("kind"), rs.getString("message"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }

    public long unreadCount() {
        return access.current().map(actor -> jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL")
                .param(actor.name()).query(Long.class).single()).orElse(0L);
    }

    @Transactional
    public void markRead(long id) {
        String me = access.requireActor().name();
        int updated = jdbc.sql("UPDATE notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND recipient = ?")
                .params(time.now(), id, me).update();
        if (updated == 0) {
            throw new NotFoundException("No notification " + id + " for " + me);
        }
    }
}
