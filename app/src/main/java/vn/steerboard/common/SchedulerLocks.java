package vn.steerboard.common;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs that must run once across all nodes carry {@code @SchedulerLock(name = ...)}: the node that takes
 * the job's row in {@code shedlock} runs it, the others skip that run. Lock times come from the database clock, not
 * the node's (nodes may disagree by seconds, and tests pin the application clock). Jobs without the annotation (the
 * sign-in throttle's clean-up, the live pages' heartbeat) keep running on every node, as they should.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class SchedulerLocks {

    public static final String TABLE = "shedlock";

    @Bean
    LockProvider schedulerLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
