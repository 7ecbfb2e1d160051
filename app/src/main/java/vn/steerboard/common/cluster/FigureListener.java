package vn.steerboard.common.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.steerboard.common.FiguresChangedElsewhere;

/**
 * Hears the other nodes' changes of figures on a connection of its own (never a pool connection: it is held as
 * long as the node runs), on one daemon thread that waits at most {@link #WAIT} at a time, so stopping the node
 * takes at most that. A notice from this node, or one that is not a valid {@link ChangeNotice}, is dropped; every
 * other is published here as {@link FiguresChangedElsewhere}. When the connection is lost (the database restarts,
 * the network drops) the thread opens a new one, waiting longer between attempts up to {@link #MAX_BACKOFF}, and
 * once listening again publishes a change of every area, because what changed meanwhile was not heard.
 */
@Component
class FigureListener implements SmartLifecycle {

    static final Duration WAIT = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    /** How often a quiet connection is checked, so that a connection dropped without a word is noticed. */
    static final Duration CHECK_EVERY = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(FigureListener.class);

    private final ClusterNode node;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile long heard;
    /** Areas whose change could not be published here (the pool had no connection): published again, whole. */
    private final Set<String> pending = new LinkedHashSet<>();

    FigureListener(ClusterNode node, ApplicationEventPublisher events) {
        this.node = node;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
        if (node.shared()) {
            Thread listener = new Thread(this::run, "figures-listener");
            listener.setDaemon(true);
            thread = listener;
            listener.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(WAIT.multipliedBy(4).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Notices heard from other nodes and published here since the start. */
    long heard() {
        return heard;
    }

    private void run() {
        long backoff = WAIT.toMillis();
        boolean first = true;
        boolean warned = false;
        while (running) {
            try (Connection connection = node.openListenerConnection()) {
                ChangeNoticeStore.listen(connection, ChangeNoticeStore.channel(connection));
                node.listening(true);
                backoff = WAIT.toMillis();
                warned = false;
                if (!first) {
                    log.info("figures listener: listening again, every area is refreshed");
                    ChangeNotice.AREAS.forEach(area -> publish(new FiguresChangedElsewhere(null, area, null)));
                }
                first = false;
                listen(connection);
            } catch (SQLException | RuntimeException lost) {
                if (running && !warned) {
                    log.warn("figures listener: connection lost or refused ({}); trying again every {} ms or less",
                            lost.getMessage(), MAX_BACKOFF.toMillis());
                    warned = true;
                } else if (running) {
                    log.debug("figures listener: still no connection ({})", lost.getMessage());
                }
            } finally {
                node.listening(false);
            }
            pause(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] notices = pg.getNotifications((int) WAIT.toMillis());
            if (notices != null) {
                for (PGNotification notice : notices) {
                    heard(notice.getParameter());
                }
            }
            retryPending();
            if (System.nanoTime() - checked > CHECK_EVERY.toNanos()) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the listening connection does not answer");
                }
                checked = System.nanoTime();
            }
        }
    }

    private void heard(String payload) {
        ChangeNotice.decode(payload).ifPresentOrElse(notice -> {
            if (!notice.node().equals(node.id())) {
                publish(new FiguresChangedElsewhere(notice.node(), notice.area(), notice.unit()));
                heard++;
            }
        }, () -> log.warn("figures listener: ignored a notification that is not a change notice ({} characters)",
                payload == null ? 0 : payload.length()));
    }

    /**
     * Published here as a change of this node's own would be. The event publication registry stores the
     * publication first, through the pool, so when the pool has no connection (the database is just back) this
     * fails before any cache is cleared: the area is then published again, whole, until it goes through.
     */
    private void publish(FiguresChangedElsewhere change) {
        if (!running) {
            return;
        }
        try {
            events.publishEvent(change);
        } catch (RuntimeException failed) { // a cache or a page failing must not stop the listening
            log.warn("figures listener: {} not published here yet ({}); the area is published again shortly", change,
                    failed.getMessage());
            pending.add(change.area());
        }
    }

    private void retryPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<String> areas = new ArrayList<>(pending);
        pending.clear();
        areas.forEach(area -> publish(new FiguresChangedElsewhere(null, area, null)));
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
