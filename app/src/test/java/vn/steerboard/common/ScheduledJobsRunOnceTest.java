package vn.steerboard.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.steerboard.support.IntegrationTest;

/**
 * Scheduled jobs run once across nodes: two lock providers, each with a connection of its own to the one database
 * (two nodes), race for the same job; one runs it, the other skips. And the real 07:00 alert job is guarded: while
 * another node holds its lock a call does nothing, and once it has run, another node's call at the same hour skips.
 */
@IntegrationTest
class ScheduledJobsRunOnceTest {

    @Autowired
    LockProvider locks;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    org.springframework.core.env.Environment environment;

    private final String job = "test.race-" + System.nanoTime();

    @AfterEach
    void forgetLocks() {
        jdbc.sql("DELETE FROM shedlock WHERE name = ? OR name = 'programme.task-alerts'").param(job).update();
    }

    /** A second node: its own connections to the same database, its own lock provider. */
    private LockProvider otherNode() {
        DriverManagerDataSource other = new DriverManagerDataSource(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(other)).withTableName(SchedulerLocks.TABLE).usingDbTime().build());
    }

    @Test
    void twoNodesRacingForOneJobRunItOnce() throws Throwable {
        LockingTaskExecutor nodeA = new DefaultLockingTaskExecutor(locks);
        LockingTaskExecutor nodeB = new DefaultLockingTaskExecutor(otherNode());
        LockConfiguration config = new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ZERO);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch aIsRunning = new CountDownLatch(1);
        CountDownLatch bHasTried = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = threads.submit(() -> nodeA.executeWithLock((Runnable) () -> {
                runs.incrementAndGet();
                aIsRunning.countDown();
                await(bHasTried);
            }, config));
            assertThat(aIsRunning.await(30, TimeUnit.SECONDS)).isTrue();
            Future<LockingTaskExecutor.TaskResult<String>> b = threads.submit(() -> {
                try {
                    return nodeB.executeWithLock(() -> {
                        runs.incrementAndGet();
                        return "ran on B";
                    }, config);
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                } finally {
                    bHasTried.countDown();
                }
            });
            assertThat(b.get(30, TimeUnit.SECONDS).wasExecuted()).as("node B skips while node A runs the job").isFalse();
            a.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(runs).hasValue(1);
        // once A has finished (no lockAtLeastFor here), the next run may be on any node: B now takes it
        assertThat(nodeB.executeWithLock(() -> runs.incrementAndGet(), config).wasExecuted()).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void theMorningAlertJobRunsOnOneNodeOnly() throws Exception {
        Object alerts = context.getBean("taskAlerts");
        assertThat(AopUtils.isAopProxy(alerts)).as("the alert job is wrapped by the scheduler lock").isTrue();
        Method everyMorning = AopUtils.getTargetClass(alerts).getDeclaredMethod("everyMorning");
        everyMorning.setAccessible(true);
        LockConfiguration sevenOClock = new LockConfiguration(Instant.now(), "programme.task-alerts",
                Duration.ofMinutes(5), Duration.ZERO);

        // another node is running the alerts: this node's 07:00 run does nothing, the other node's lock stands
        SimpleLock held = otherNode().lock(sevenOClock).orElseThrow();
        Instant heldUntil = lockUntil();
        everyMorning.invoke(alerts);
        assertThat(lockUntil()).as("the call on this node did not take the lock").isEqualTo(heldUntil);
        held.unlock();

        // this node runs them; the lock is kept for at least 10 minutes, so another node's call at 07:00 skips
        everyMorning.invoke(alerts);
        assertThat(lockUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
        assertThat(otherNode().lock(sevenOClock)).as("another node at the same hour").isEmpty();
    }

    private Instant lockUntil() {
        return jdbc.sql("SELECT lock_until FROM shedlock WHERE name = 'programme.task-alerts'")
                .query(java.sql.Timestamp.class).single().toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
