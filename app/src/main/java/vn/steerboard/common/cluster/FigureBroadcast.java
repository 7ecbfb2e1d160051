package vn.steerboard.common.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.steerboard.common.FiguresChanged;
import vn.steerboard.common.FiguresChangedElsewhere;

/**
 * Tells the other nodes of every change of figures made on this one: {@code pg_notify} inside the change's
 * transaction, just before it commits, so PostgreSQL delivers the notice at commit and drops it with a rollback
 * (outside a transaction it is sent at once). Changes heard from elsewhere are not passed on.
 */
@Component
class FigureBroadcast {

    private static final Logger log = LoggerFactory.getLogger(FigureBroadcast.class);

    private final ClusterNode node;
    private final ChangeNoticeStore store;
    private volatile String channel;

    FigureBroadcast(ClusterNode node, ChangeNoticeStore store) {
        this.node = node;
        this.store = store;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(FiguresChanged change) {
        if (!node.shared() || change instanceof FiguresChangedElsewhere) {
            return;
        }
        ChangeNotice.of(node.id(), change.area(), change.unitCode()).ifPresentOrElse(
                notice -> store.notify(channel(), notice.encode()),
                () -> log.warn("figures change {} not sent to the other nodes: unknown area or unit code", change));
    }

    private String channel() {
        String known = channel;
        if (known == null) {
            known = store.channel();
            channel = known;
        }
        return known;
    }
}
