package vn.steerboard.programme;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.steerboard.common.NotFoundException;
import vn.steerboard.common.VietnamTime;
import vn.steerboard.identity.AccessPolicy;
import vn.steerboard.programme.internal.NotificationStore;

/** The current user's notifications: only one's own can be read or marked read. */
@Service
public class Notifications {

    private final NotificationStore store;
    private final AccessPolicy access;
    private final VietnamTime time;

    Notifications(NotificationStore store, AccessPolicy access, VietnamTime time) {
        this.store = store;
        this.access = access;
        this.time = time;
    }

    public List<Notification> mine(boolean unreadOnly, int limit) {
        String me = access.requireActor().name();
        return store.of(me, unreadOnly, Math.max(1, Math.min(limit, 500)));
    }

    public long unreadCount() {
        return access.current().map(actor -> store.unread(actor.name())).orElse(0L);
    }

    @Transactional
    public void markRead(long id) {
        String me = access.requireActor().name();
        if (!store.markRead(id, me, time.now())) {
            throw new NotFoundException("No notification " + id + " for " + me).because("problem.notification.notFound", String.valueOf(id));
        }
    }
}
