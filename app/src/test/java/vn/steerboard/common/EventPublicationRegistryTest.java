package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.steerboard.programme.TasksImported;
import vn.steerboard.support.IntegrationTest;
import vn.steerboard.support.LiveEvents;

/**
 * A change whose listeners are the ordinary after-commit ones (caches, live pages, the other nodes' notice) stores no
 * event publication: Modulith would otherwise write a row per listener inside the change and delete each after it
 * ran, about 28 statements for one assessment completion. The listeners still run after the commit: an open live
 * page hears the change.
 */
@IntegrationTest
class EventPublicationRegistryTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anOrdinaryChangeStoresNoPublicationAndItsListenersStillRunAfterTheCommit() throws Exception {
        String file = "EventPublicationRegistryTest-" + System.nanoTime() + ".xlsx";
        try (LiveEvents live = LiveEvents.open(port)) {
            Long stored = new TransactionTemplate(transactions).execute(status -> {
                events.publishEvent(new TasksImported(file, 3));
                return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
                        .param("%" + file + "%").query(Long.class).single();
            });
            assertThat(stored).as("publications stored inside the change for its after-commit listeners").isZero();
            assertThat(live.next("tasks")).as("the live page heard the committed change").contains("tasks");
        }
    }
}
